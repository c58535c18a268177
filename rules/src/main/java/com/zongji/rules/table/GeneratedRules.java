package com.zongji.rules.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The DRL a workbook generates, cut into its header (package, imports, globals) and one source per rule. */
record GeneratedRules(String header, List<String> names, List<String> bodies) {

    private static final Pattern RULE_START = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    static GeneratedRules split(String drl) {
        Matcher rule = RULE_START.matcher(drl);
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (rule.find()) {
            starts.add(rule.start());
            names.add(rule.group(1));
        }
        String header = starts.isEmpty() ? drl : drl.substring(0, starts.get(0));
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            bodies.add(drl.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : drl.length()));
        }
        return new GeneratedRules(header, names, bodies);
    }

    /** Each rule's name with a compilable source holding only that rule. */
    void each(BiConsumer<String, String> action) {
        for (int i = 0; i < names.size(); i++) {
            action.accept(names.get(i), header + bodies.get(i));
        }
    }
}
