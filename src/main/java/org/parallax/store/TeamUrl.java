package org.parallax.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a team project lives: {@code postgresql://[user@]host[:port]/database?project=NAME[&sslmode=MODE]}.
 * The project is a schema of that database. A password never travels in the URL (it would end up in shell
 * histories and recent-project lists): it comes from PGPASSWORD, ~/.pgpass or a prompt.
 */
public record TeamUrl(String user, String host, int port, String database, String project, String sslMode)
        implements ProjectLocation {
    public static final String SCHEME = "postgresql://";
    /** libpq (psql, pg_dump) takes this shorter scheme too, so a URL copied from their docs means the same. */
    private static final String SHORT_SCHEME = "postgres://";
    private static final Pattern NUMERIC_PORT = Pattern.compile("[0-9]{1,5}");
    private static final int DEFAULT_PORT = 5432;
    /** Lower-case so the schema and its roles need no quoting in a psql session; pg_ is PostgreSQL's own. */
    private static final Pattern PROJECT = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}");
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");

    /** Whether a project argument is a team URL rather than a project file. */
    public static boolean isTeamUrl(String location) {
        return location != null && (location.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || location.regionMatches(true, 0, SHORT_SCHEME, 0, SHORT_SCHEME.length()));
    }

    /** Parses a team URL, refusing in one sentence what is missing or not allowed. */
    public static TeamUrl parse(String text) {
        if (!isTeamUrl(text)) {
            throw bad(text, "a team project URL starts with " + SCHEME);
        }
        URI uri;
        try {
            uri = new URI(text.regionMatches(true, 0, SHORT_SCHEME, 0, SHORT_SCHEME.length())
                    ? SCHEME + text.substring(SHORT_SCHEME.length()) : text);
        } catch (URISyntaxException e) {
            throw bad(text, "not a URL (" + e.getReason() + ")");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw bad(withoutPassword(text, uri), "a password does not belong in the URL: put it in PGPASSWORD or "
                    + "~/.pgpass, or type it when asked");
        }
        if (uri.getRawFragment() != null) {
            throw bad(text, "'#" + uri.getRawFragment() + "' means nothing in a team project's URL and would be "
                    + "ignored; remove it (a project name has lower-case letters, digits and _ only)");
        }
        requirePort(text, uri);
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw bad(text, "the server's host name is missing (postgresql://HOST:PORT/DATABASE?project=NAME)");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isBlank() || database.contains("/")) {
            throw bad(text, "name one database after the host (postgresql://HOST:PORT/DATABASE?project=NAME)");
        }
        Map<String, String> query = query(text, uri.getRawQuery());
        String project = query.remove("project");
        String ssl = query.remove("sslmode");
        if (!query.isEmpty()) {
            throw bad(text, "unknown setting " + query.keySet().iterator().next() + " (only project and sslmode)");
        }
        if (ssl != null && !SSL_MODES.contains(ssl)) {
            throw bad(text, "sslmode must be one of " + String.join(", ", SSL_MODES.stream().sorted().toList()));
        }
        String user = userInfo == null ? null : decode(userInfo);
        if (user != null && !USER.matcher(user).matches()) {
            throw bad(text, "a user name has letters, digits, _ . - only");
        }
        if (project != null) {
            requireProjectName(project);
        }
        return new TeamUrl(user, uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database,
                project, ssl);
    }

    /**
     * A port that is not a number from 1 to 65535 is named as such; java.net.URI would take the authority for a
     * name without a host ("host missing") and the driver would answer in its own words.
     */
    private static void requirePort(String text, URI uri) {
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return;
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0 || hostPort.lastIndexOf(']') > colon) {
            return;
        }
        String port = hostPort.substring(colon + 1);
        if (!NUMERIC_PORT.matcher(port).matches() || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw bad(text, "the port must be a number from 1 to 65535, not '" + port + "'");
        }
    }

    /** A project name is the name of its schema and the stem of its roles: lower-case letters, digits, _. */
    public static void requireProjectName(String project) {
        if (!PROJECT.matcher(project).matches() || project.startsWith("pg_")) {
            throw new StoreException("project name " + project + ": use lower-case letters, digits and _ "
                    + "(at most 40, starting with a letter, not pg_)");
        }
    }

    /** Whether {@code name} can be a login's name (and so a member's coder layer on the server). */
    public static boolean isUserName(String name) {
        return name != null && USER.matcher(name).matches();
    }

    /** A login name Parallax may create and quote safely. */
    public static void requireUserName(String name) {
        if (name == null || !USER.matcher(name).matches()) {
            throw new StoreException("user name " + name + ": use letters, digits, _ . - (at most 63)");
        }
    }

    /** The same location for another user (from --user or the operating system). */
    public TeamUrl withUser(String name) {
        requireUserName(name);
        return new TeamUrl(name, host, port, database, project, sslMode);
    }

    /**
     * The location for the user a command line or dialog names apart from the URL ({@code --user}): the URL's
     * own user when it names none, and a refusal when it names another, since either choice would surprise
     * someone who wrote both.
     */
    public TeamUrl withUserOption(String name) {
        if (name == null || name.isBlank() || name.equals(user)) {
            return this;
        }
        if (user != null) {
            throw new StoreException(this + ": the URL logs in as " + user + " and --user says " + name
                    + "; name the user once");
        }
        return withUser(name);
    }

    /** The project schema, or a refusal naming the URL when the URL names none. */
    public String requireProject() {
        if (project == null) {
            throw new StoreException(this + ": name the project (…?project=NAME)");
        }
        return project;
    }

    /** The server, database and project without the user: the same team project whoever logs in. */
    public String projectAddress() {
        return hostForUrl() + ":" + port + "/" + database + "?project=" + project;
    }

    public Optional<String> userName() {
        return Optional.ofNullable(user);
    }

    /** The host as written in a URL (an IPv6 address in brackets). */
    public String hostForUrl() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    @Override
    public String displayName() {
        return toString();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(SCHEME);
        if (user != null) {
            s.append(user).append('@');
        }
        s.append(hostForUrl()).append(':').append(port).append('/').append(database);
        String sep = "?";
        if (project != null) {
            s.append(sep).append("project=").append(project);
            sep = "&";
        }
        if (sslMode != null) {
            s.append(sep).append("sslmode=").append(sslMode);
        }
        return s.toString();
    }

    private static Map<String, String> query(String text, String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw bad(text, "settings are written name=value (…?project=NAME)");
            }
            if (values.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1))) != null) {
                throw bad(text, pair.substring(0, eq) + " is given twice");
            }
        }
        return values;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The URL with its password masked, so a refusal printed or logged does not show it. */
    private static String withoutPassword(String text, URI uri) {
        String userInfo = uri.getRawUserInfo();
        return text.replace(userInfo + "@", userInfo.substring(0, userInfo.indexOf(':')) + ":***@");
    }

    private static StoreException bad(String text, String why) {
        return new StoreException(text + ": " + why);
    }
}
