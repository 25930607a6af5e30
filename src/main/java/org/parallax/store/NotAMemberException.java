package org.parallax.store;

/**
 * A team project's refusal of a login that is in none of its groups (never added, or removed since), naming the
 * login, so a use that holds work of its own (a push from an offline copy) can say where that work stays.
 */
public final class NotAMemberException extends StoreException {
    private final String login;

    public NotAMemberException(String login, String message) {
        super(message);
        this.login = login;
    }

    public NotAMemberException(String login, String message, Throwable cause) {
        super(message, cause);
        this.login = login;
    }

    public String login() {
        return login;
    }
}
