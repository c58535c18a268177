package com.zongji.rules.numbering;

import com.zongji.engine.numbering.ExtensionNumberingPolicy;
import com.zongji.engine.numbering.ExtensionScheme;
import com.zongji.engine.numbering.Headcount;
import com.zongji.rules.table.ActiveRuleTables;
import com.zongji.rules.table.Example;
import com.zongji.rules.table.PolicyTable;
import com.zongji.rules.table.TableRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.stereotype.Component;

/**
 * The extension-numbering workbook behind the engine's numbering policy. Its {@code ExtensionLength}
 * table decides the length by activated headcount (first matching row); its {@code ExtensionBlocks}
 * table gives the block order and the skipped last digits (a blank skipped cell skips none).
 */
@Component
public class ExtensionNumberingTable extends PolicyTable implements ExtensionNumberingPolicy {

    public static final String NAME = "extension-numbering";

    /** Example cells list digits separated by commas (also the Chinese ones), enumeration commas or spaces. */
    private static final String DIGIT_SEPARATORS = "[,，、\\s]+";

    public ExtensionNumberingTable(ObjectFactory<ActiveRuleTables> tables) {
        super(NAME, tables);
    }

    @Override
    public ExtensionScheme scheme(Headcount headcount) {
        return scheme(activeRules(), headcount);
    }

    @Override
    public Optional<String> check(Example example, TableRules rules) {
        Headcount headcount = new Headcount(number("given activated", example.given("activated")));
        ExtensionScheme scheme = scheme(rules, headcount);
        List<String> differences = new ArrayList<>();
        int length = number("expect length", example.expected("length"));
        if (scheme.length() != length) {
            differences.add("位数应为 " + length + "，表给出 " + scheme.length()
                    + " / expected length " + length + ", the table decides " + scheme.length());
        }
        List<Integer> blocks = digits("expect blocks", example.expected("blocks"));
        if (!scheme.blockOrder().equals(blocks)) {
            differences.add("号段顺序应为 " + blocks + "，表给出 " + scheme.blockOrder()
                    + " / expected blocks " + blocks + ", the table decides " + scheme.blockOrder());
        }
        List<Integer> skipped = digits("expect skipped", example.expected("skipped"));
        if (!scheme.skippedLastDigits().equals(new HashSet<>(skipped))) {
            differences.add("跳过的尾号应为 " + skipped + "，表给出 " + scheme.skippedLastDigits()
                    + " / expected skipped " + skipped + ", the table decides " + scheme.skippedLastDigits());
        }
        return differences.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", differences));
    }

    private ExtensionScheme scheme(TableRules rules, Headcount headcount) {
        List<Object> decisions = rules.decide(headcount);
        ExtensionLength length = exactlyOne(decisions, ExtensionLength.class, "分机号位数 extension length", headcount);
        ExtensionBlocks blocks = exactlyOne(decisions, ExtensionBlocks.class, "号段顺序 block order", headcount);
        List<SkippedLastDigits> skipped = only(decisions, SkippedLastDigits.class);
        if (skipped.size() > 1) {
            throw new IllegalStateException("分机号规则表给出了 " + skipped.size() + " 组跳过的尾号（最多 1 组）/ The table gave "
                    + skipped.size() + " sets of skipped last digits, at most one expected");
        }
        return new ExtensionScheme(length.digits(), blocks.leadingDigits(),
                skipped.isEmpty() ? Set.of() : new HashSet<>(skipped.get(0).digits()));
    }

    private static <D> D exactlyOne(List<Object> decisions, Class<D> type, String what, Headcount headcount) {
        List<D> found = only(decisions, type);
        if (found.size() != 1) {
            throw new IllegalStateException("激活人数 " + headcount.activated() + " 时分机号规则表给出了 " + found.size() + " 个"
                    + what + "（应恰好 1 个）/ For " + headcount.activated() + " activated employees the table gave "
                    + found.size() + " decisions on " + what + ", exactly one expected");
        }
        return found.get(0);
    }

    private static <D> List<D> only(List<Object> decisions, Class<D> type) {
        return decisions.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static int number(String column, String cell) {
        try {
            return Integer.parseInt(cell.replace(",", "").trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + column + "' 应为整数，实为 '" + cell + "' / '" + column
                    + "' must be a whole number, not '" + cell + "'");
        }
    }

    private static List<Integer> digits(String column, String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(cell.trim().split(DIGIT_SEPARATORS)).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + column + "' 应为逗号分隔的数字，实为 '" + cell + "' / '" + column
                    + "' must list digits separated by commas, not '" + cell + "'");
        }
    }
}
