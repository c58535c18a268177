package com.zongji.rules.display;

/** The callee table's push message, when a row has one; {@code {主叫}} stands for the caller's name. */
public record PushMessage(String text) {
}
