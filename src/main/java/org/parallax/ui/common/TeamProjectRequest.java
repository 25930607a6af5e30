package org.parallax.ui.common;

/**
 * What File → Open team project… asks for: the project's URL and, when the URL names none, the login. The
 * password is asked only when the server wants one and PGPASSWORD or ~/.pgpass has none.
 *
 * @param url  {@code postgresql://[USER@]HOST[:PORT]/DATABASE?project=NAME}
 * @param user the login, or blank to take the URL's (else PGUSER, else the system user)
 */
public record TeamProjectRequest(String url, String user) {
}
