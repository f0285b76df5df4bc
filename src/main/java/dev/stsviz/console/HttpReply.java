package dev.stsviz.console;

/** What an HTTP request through the API server's proxy answered. */
public record HttpReply(int status, String body) {
}
