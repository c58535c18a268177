package com.zongji.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.engine.numbering.ExtensionNumberingPolicy;
import com.zongji.engine.numbering.Headcount;
import com.zongji.reliability.BadUploads;
import com.zongji.rules.table.RuleTableLibrary;
import com.zongji.support.EngineIT;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * An analyst downloads a decision table, uploads changed versions (broken ones are refused with their
 * location and change nothing), activates one, and rolls back; the next decision follows at once.
 */
class RuleTableLifecycleIT extends EngineIT {

    static final String TABLE = "/api/rule-tables/extension-numbering";
    static final String NUMBERING = "分机号 Numbering";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ExtensionNumberingPolicy numbering;
    @Autowired
    RuleTableLibrary library;
    @Autowired
    JdbcTemplate jdbc;

    int versionBefore;
    byte[] active;

    @BeforeEach
    void downloadActiveTable() {
        versionBefore = analyst().getForObject(TABLE, JsonNode.class).get("activeVersion").asInt();
        active = analyst().getForObject(TABLE + "/workbook", byte[].class);
        assertThat(versionBefore).isPositive();
        assertThat(numbering.scheme(new Headcount(100)).length()).isEqualTo(3);
    }

    @AfterEach
    void restore() {
        library.activate("extension-numbering", versionBefore, "test", "restore");
    }

    @Test
    void aBadCellIsRefusedWithItsSheetAndCellAndTheActiveVersionStays() throws IOException {
        int versionsBefore = versions();
        ResponseEntity<JsonNode> refused = upload(edited(NUMBERING, Map.of("D14", "abc")));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("problems")).anySatisfy(problem -> {
            assertThat(problem.get("sheet").asText()).isEqualTo(NUMBERING);
            assertThat(problem.get("cell").asText()).isEqualTo("D14");
        });
        assertThat(versions()).isEqualTo(versionsBefore);
        assertThat(numbering.scheme(new Headcount(100)).length()).isEqualTo(3);
    }

    @Test
    void anOversizedUploadIsRefusedWithTheLimitAndChangesNothing() {
        int versionsBefore = versions();

        ResponseEntity<JsonNode> refused = BadUploads.answerTo(() -> upload(BadUploads.oversized()));

        BadUploads.assertRefusedAsTooLarge(refused);
        assertThat(versions()).isEqualTo(versionsBefore);
        assertThat(analyst().getForObject(TABLE, JsonNode.class).get("activeVersion").asInt()).isEqualTo(versionBefore);
    }

    @Test
    void aWorkbookThatInflatesTooFarIsRefusedAsUnreadable() {
        int versionsBefore = versions();

        ResponseEntity<JsonNode> refused = upload(BadUploads.zipBomb(active));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().toString()).contains("not a readable xlsx workbook");
        assertThat(versions()).isEqualTo(versionsBefore);
    }

    @Test
    void aWorkbookWhoseOwnExampleFailsIsRefused() throws IOException {
        ResponseEntity<JsonNode> refused = upload(edited("Examples", Map.of("B4", "4")));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("problems").toString()).contains("Examples row 4");
        assertThat(numbering.scheme(new Headcount(100)).length()).isEqualTo(3);
    }

    @Test
    void anUploadDecidesOnlyOnceActivatedAndARollbackRestoresTheEarlierVersion() throws IOException {
        byte[] skipSevenToo = edited(NUMBERING, Map.of("C27", "4, 7"), "Examples",
                Map.of("D2", "4, 7", "D3", "4, 7", "D4", "4, 7", "D5", "4, 7", "D6", "4, 7",
                        "D7", "4, 7", "D8", "4, 7", "D9", "4, 7", "D10", "4, 7"));

        ResponseEntity<JsonNode> uploaded = upload(skipSevenToo);
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        int newVersion = uploaded.getBody().get("version").asInt();
        assertThat(numbering.scheme(new Headcount(10)).skippedLastDigits()).containsExactly(4);

        activate(newVersion, "也跳过尾号7 / skip 7 as well");
        assertThat(numbering.scheme(new Headcount(10)).skippedLastDigits()).containsExactlyInAnyOrder(4, 7);

        activate(versionBefore, "rollback");
        assertThat(numbering.scheme(new Headcount(10)).skippedLastDigits()).containsExactly(4);

        JsonNode history = analyst().getForObject(TABLE, JsonNode.class);
        assertThat(history.get("activations")).anySatisfy(a -> {
            assertThat(a.get("version").asInt()).isEqualTo(newVersion);
            assertThat(a.get("activatedBy").asText()).isEqualTo("analyst");
            assertThat(a.get("reason").asText()).contains("skip 7");
        });
        assertThat(history.get("versions")).anySatisfy(v -> assertThat(v.get("version").asInt()).isEqualTo(newVersion));
    }

    @Test
    void anActivationMadeOnAnotherNodeIsFollowed() throws IOException {
        int newVersion = upload(edited(NUMBERING, Map.of("C27", "4, 7"), "Examples",
                Map.of("D2", "4, 7", "D3", "4, 7", "D4", "4, 7", "D5", "4, 7", "D6", "4, 7",
                        "D7", "4, 7", "D8", "4, 7", "D9", "4, 7", "D10", "4, 7")))
                .getBody().get("version").asInt();
        jdbc.update("insert into rule_table_activation (table_name, version, activated_by, activated_at, reason)"
                + " values ('extension-numbering', ?, 'analyst@node2', ?, 'from another node')",
                newVersion, java.sql.Timestamp.from(Instant.now()));

        library.follow();

        assertThat(numbering.scheme(new Headcount(10)).skippedLastDigits()).containsExactlyInAnyOrder(4, 7);
    }

    @Test
    void onlyAnalystsManageTables() {
        assertThat(http.withBasicAuth("admin", "admin").getForEntity(TABLE, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(analyst().getForEntity("/api/rule-tables/no-such-table", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private int versions() {
        return analyst().getForObject(TABLE, JsonNode.class).get("versions").size();
    }

    private void activate(int version, String reason) {
        ResponseEntity<JsonNode> response = analyst().postForEntity(TABLE + "/activations",
                Map.of("version", version, "reason", reason), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<JsonNode> upload(byte[] workbook) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("workbook", new ByteArrayResource(workbook) {
            @Override
            public String getFilename() {
                return "extension-numbering.xlsx";
            }
        });
        form.add("reason", "test upload");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return analyst().postForEntity(TABLE + "/versions", new HttpEntity<>(form, headers), JsonNode.class);
    }

    private byte[] edited(String sheet, Map<String, String> cells) throws IOException {
        return edit(book -> put(book.getSheet(sheet), cells));
    }

    private byte[] edited(String sheet, Map<String, String> cells, String otherSheet, Map<String, String> otherCells)
            throws IOException {
        return edit(book -> {
            put(book.getSheet(sheet), cells);
            put(book.getSheet(otherSheet), otherCells);
        });
    }

    private byte[] edit(Consumer<Workbook> change) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(active));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void put(Sheet sheet, Map<String, String> cells) {
        cells.forEach((address, value) -> {
            CellReference ref = new CellReference(address);
            var row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
            row.createCell(ref.getCol()).setCellValue(value);
        });
    }

    private TestRestTemplate analyst() {
        return http.withBasicAuth("analyst", "analyst");
    }
}
