package com.zongji.rules.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Says where in a workbook a problem lies, since Drools names only generated rules and source lines.
 * Column keywords are checked against the exact words Drools knows (it reads a misspelt {@code ACTON}
 * as {@code ACTION} without a word). A compile error in rule {@code Length_10} is row 10 of the sheet
 * holding {@code RuleTable Length}; its cell is the one whose value the message quotes, or else found by
 * blanking that row's cells one at a time until the error goes away.
 */
final class WorkbookDiagnosis {

    private static final Set<String> KEYWORDS = Set.of(
            "CONDITION", "ACTION", "NAME", "DESCRIPTION", "PRIORITY", "SALIENCE", "METADATA", "DURATION",
            "TIMER", "CALENDARS", "NO-LOOP", "LOCK-ON-ACTIVE", "AUTO-FOCUS", "ACTIVATION-GROUP",
            "AGENDA-GROUP", "RULEFLOW-GROUP", "DATE-EFFECTIVE", "DATE-EXPIRES", "ENABLED");
    private static final String RULE_TABLE = "RuleTable ";
    /** Drools writes {@code in rule "Length_10"} or {@code [Rule name='Length_10']}. */
    private static final Pattern RULE_NAME =
            Pattern.compile("(?i)rule(?: name=)?\\s*[\"']([\\p{L}\\w]+)_(\\d+)[\"']");

    private final DataFormatter text = new DataFormatter();

    /**
     * Layout Drools would misread without a word, located: inexact keywords, and rule tables on a sheet
     * after the first (Drools compiles only the first). Empty when the layout is sound.
     */
    List<TableProblem> layoutProblems(byte[] workbook) {
        List<TableProblem> problems = new ArrayList<>();
        withWorkbook(workbook, book -> {
            for (Sheet sheet : book) {
                boolean compiled = book.getSheetIndex(sheet) == 0;
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (!text.formatCellValue(cell).startsWith(RULE_TABLE)) {
                            continue;
                        }
                        if (compiled) {
                            problems.addAll(checkKeywordRow(sheet, cell.getRowIndex() + 1, cell.getColumnIndex()));
                        } else {
                            problems.add(new TableProblem(sheet.getSheetName(), reference(cell), "rule tables must be on "
                                    + "the first sheet, which is the only one Drools reads; move this table there"));
                        }
                    }
                }
            }
            return problems;
        });
        return problems;
    }

    /** Locates each Drools message that names a generated rule; others stay as they are. */
    List<TableProblem> locate(byte[] workbook, List<String> messages, Function<byte[], List<String>> errorsOf) {
        return messages.stream().map(message -> locateOne(workbook, message, errorsOf)).toList();
    }

    private TableProblem locateOne(byte[] workbook, String message, Function<byte[], List<String>> errorsOf) {
        Matcher rule = RULE_NAME.matcher(message);
        if (!rule.find()) {
            return TableProblem.unlocated(message);
        }
        String ruleName = rule.group(1) + "_" + rule.group(2);
        Predicate<byte[]> ruleStillFails = candidate -> errorsOf.apply(candidate).stream()
                .anyMatch(error -> error.contains(ruleName + "\"") || error.contains(ruleName + "'"));
        String tableName = rule.group(1);
        int rowIndex = Integer.parseInt(rule.group(2)) - 1;
        String shortMessage = message.lines().findFirst().orElse(message).trim();
        return withWorkbook(workbook, book -> {
            Optional<Cell> tableCell = findRuleTable(book, tableName);
            if (tableCell.isEmpty()) {
                return TableProblem.unlocated(message);
            }
            Sheet sheet = tableCell.get().getSheet();
            Row row = sheet.getRow(rowIndex);
            if (row != null) {
                for (Cell cell : row) {
                    if (cell.getColumnIndex() >= tableCell.get().getColumnIndex() && quotedIn(message, cell)) {
                        return new TableProblem(sheet.getSheetName(), reference(cell), shortMessage);
                    }
                }
                for (Cell cell : row) {
                    if (cell.getColumnIndex() >= tableCell.get().getColumnIndex()
                            && !text.formatCellValue(cell).isBlank()
                            && !ruleStillFails.test(withCellBlanked(workbook, sheet.getSheetName(), cell))) {
                        return new TableProblem(sheet.getSheetName(), reference(cell), shortMessage);
                    }
                }
            }
            return new TableProblem(sheet.getSheetName(), "row " + (rowIndex + 1), shortMessage);
        });
    }

    /** Drools quotes the expression it could not analyse, with the cell's value filled in. */
    private boolean quotedIn(String message, Cell cell) {
        String value = text.formatCellValue(cell).trim();
        return !value.isEmpty() && Pattern.compile("(?<![\\p{L}\\w])" + Pattern.quote(value) + "(?![\\p{L}\\w])")
                .matcher(message).find();
    }

    private List<TableProblem> checkKeywordRow(Sheet sheet, int rowIndex, int firstColumn) {
        Row keywords = sheet.getRow(rowIndex);
        if (keywords == null) {
            return List.of(new TableProblem(sheet.getSheetName(), "row " + (rowIndex + 1),
                    "the row after a RuleTable must name each column's keyword (CONDITION, ACTION, …)"));
        }
        List<TableProblem> problems = new ArrayList<>();
        for (Cell cell : keywords) {
            String keyword = text.formatCellValue(cell).trim();
            if (cell.getColumnIndex() >= firstColumn && !keyword.isEmpty()
                    && !KEYWORDS.contains(keyword.toUpperCase(Locale.ROOT))) {
                problems.add(new TableProblem(sheet.getSheetName(), reference(cell),
                        "unknown column keyword '" + keyword + "'; expected one of CONDITION, ACTION, NAME, "
                                + "PRIORITY, ACTIVATION-GROUP, …"));
            }
        }
        return problems;
    }

    private Optional<Cell> findRuleTable(Workbook book, String tableName) {
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String value = text.formatCellValue(cell).trim();
                    if (value.startsWith(RULE_TABLE)
                            && value.substring(RULE_TABLE.length()).trim().replaceAll("\\s+", "_").equals(tableName)) {
                        return Optional.of(cell);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private byte[] withCellBlanked(byte[] workbook, String sheetName, Cell target) {
        return withWorkbook(workbook, book -> {
            book.getSheet(sheetName).getRow(target.getRowIndex()).getCell(target.getColumnIndex()).setBlank();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        });
    }

    private static String reference(Cell cell) {
        return new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString();
    }

    private interface WorkbookFunction<T> {
        T apply(Workbook book) throws IOException;
    }

    private static <T> T withWorkbook(byte[] workbook, WorkbookFunction<T> function) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            return function.apply(book);
        } catch (IOException | UnsupportedFileFormatException | EmptyFileException e) {
            throw new RuleTableRejected("workbook", List.of("The file is not a readable xlsx workbook: " + e.getMessage()));
        }
    }
}
