package com.zongji.rules.display;

/** The fact the leg A table decides on. */
public record LegACase(LegASituation situation) {
}
