package com.zongji.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.engine.access.UserAccountRepository;
import com.zongji.engine.call.CallBook;
import com.zongji.engine.call.CallEnd;
import com.zongji.engine.call.CallRecord;
import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.enterprise.OrganizationType;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import com.zongji.engine.servicewindow.ShanghaiTime;
import com.zongji.support.EngineIT;
import com.zongji.support.ShiftableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * External contacts through REST: saved from a number or a call, one per number, handed between account
 * managers, annotated after calls, followed on a timeline, and invisible to other enterprises.
 */
class ContactsIT extends EngineIT {

    private static final String NODE = "contacts-it";
    private static final String OFFICE = "02787654321";
    private static final DateTimeFormatter BEIJING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Numbers no demo employee or contact has, one per use, so tests never trip over each other's contacts. */
    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    @Autowired TestRestTemplate http;
    @Autowired CallBook book;
    @Autowired ShiftableClock clock;
    @Autowired UserAccountRepository users;
    @Autowired EmployeeRepository employees;
    @Autowired EnterpriseRepository enterprises;

    private long wuhan;
    private long liuLi;
    private long rongCai;
    private long wangFang;

    @BeforeEach
    void demoPeople() {
        wuhan = users.findById("admin").orElseThrow().getEnterpriseId();
        liuLi = users.findById("liuli").orElseThrow().getEmployeeId();
        rongCai = employeeNamed(wuhan, "荣彩").getId();
        wangFang = employeeNamed(wuhan, "王芳").getId();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anEmployeeSavesADialledNumberInNationalFormAndColleaguesSeeIt() {
        String number = newMobile();

        ResponseEntity<JsonNode> saved = save("liuli", "张经理", "江城建材", "+86 " + number.substring(0, 3) + "-"
                + number.substring(3, 7) + " " + number.substring(7), null);

        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(saved.getBody().get("number").asText()).isEqualTo(number);
        assertThat(saved.getBody().get("company").asText()).isEqualTo("江城建材");
        assertThat(as("admin").getForObject("/api/contacts", JsonNode.class))
                .extracting(c -> c.get("number").asText()).contains(number);
    }

    @Test
    void aNumberAlreadySavedIsRefusedWhateverHowItIsWritten() {
        String number = newMobile();
        save("liuli", "张经理", "江城建材", number, null);

        ResponseEntity<String> again = as("admin").postForEntity("/api/contacts",
                contact("张总", null, "0086 " + number, null), String.class);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("已保存为联系人「张经理」");
        assertThat(as("admin").getForObject("/api/contacts", JsonNode.class))
                .filteredOn(c -> c.get("number").asText().equals(number)).hasSize(1);
    }

    @Test
    void aNumberThatCannotBeCalledIsRefusedNamingTheProblem() {
        assertRefused(contact("王五", null, "138-abcd-0000", null), "号码格式不正确");
        assertRefused(contact("王五", null, "1380013800", null), "手机号应为11位");
        assertRefused(contact("王五", null, "027-123", null), "不是有效的手机号或带区号的固定电话");
        assertRefused(contact("王五", null, "", null), "请填写联系人号码");
        assertRefused(contact(" ", null, newMobile(), null), "联系人姓名不能为空");
        assertRefused(contact("荣彩的手机", null, "18627000003", null), "是同事荣彩的手机号");
        assertThat(as("admin").getForObject("/api/contacts", JsonNode.class))
                .extracting(c -> c.get("name").asText()).doesNotContain("王五", "荣彩的手机");
    }

    @Test
    void aFixedLineIsKeptWithItsAreaCode() {
        int line = NEXT_NUMBER.incrementAndGet() % 10_000_000;
        ResponseEntity<JsonNode> saved = save("liuli", "前台", "汉口商贸", "+86 (0)27 8" + "%07d".formatted(line), null);

        assertThat(saved.getBody().get("number").asText()).isEqualTo("0278" + "%07d".formatted(line));
    }

    @Test
    void theAccountManagerMustBeAnActivatedEmployeeOfTheEnterprise() {
        long zhaoMinNotActivated = employeeNamed(wuhan, "赵敏").getId();
        Enterprise beijing = enterprises.findById(users.findById("admin-b").orElseThrow().getEnterpriseId()).orElseThrow();
        long sunYueOfBeijing = employeeNamed(beijing.getId(), "孙悦").getId();

        assertRefused(contact("李四", null, newMobile(), zhaoMinNotActivated), "客户经理必须是本企业已激活的员工");
        assertRefused(contact("李四", null, newMobile(), sunYueOfBeijing), "客户经理必须是本企业已激活的员工");
        assertThat(save("liuli", "李四", null, newMobile(), wangFang).getBody().get("accountManagerId").asLong())
                .isEqualTo(wangFang);
    }

    @Test
    void theAdminAssignsAManagerWhoMayHandTheContactOnButNotTakeItBack() {
        long id = save("liuli", "赵总", "光谷软件", newMobile(), null).getBody().get("id").asLong();

        assertThat(assignManager("liuli", id, liuLi).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(assignManager("admin", id, liuLi).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> handedOn = assignManager("liuli", id, wangFang);
        assertThat(handedOn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(handedOn.getBody().get("accountManagerId").asLong()).isEqualTo(wangFang);

        ResponseEntity<JsonNode> takenBack = assignManager("liuli", id, liuLi);
        assertThat(takenBack.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(takenBack.getBody().get("detail").asText()).contains("只有企业管理员或该联系人当前的客户经理");
        assertThat(contactAs("admin", id).get("accountManagerId").asLong()).isEqualTo(wangFang);

        assertThat(assignManager("admin", id, null).getBody().get("accountManagerId").isNull()).isTrue();
    }

    @Test
    void anyoneOfTheEnterpriseCorrectsNameAndCompanyButNotToBlank() {
        String number = newMobile();
        long id = save("admin", "钱先生", null, number, null).getBody().get("id").asLong();

        ResponseEntity<JsonNode> edited = put("liuli", "/api/contacts/" + id, Map.of("name", "钱立", "company", "汉阳钢构"));
        assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(contactAs("admin", id).get("name").asText()).isEqualTo("钱立");
        assertThat(contactAs("admin", id).get("number").asText()).isEqualTo(number);

        assertThat(put("liuli", "/api/contacts/" + id, Map.of("name", "")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(contactAs("admin", id).get("name").asText()).isEqualTo("钱立");
    }

    @Test
    void anEmployeeWritesANoteAboutACallWithTheContactOnly() {
        String number = newMobile();
        long id = save("liuli", "孙总", "东湖医疗", number, null).getBody().get("id").asLong();
        long theirCall = endedOutboundCall(liuLi, number, Instant.now().minusSeconds(600), Duration.ZERO);
        long anotherNumbersCall = endedOutboundCall(liuLi, newMobile(), Instant.now().minusSeconds(500), Duration.ZERO);

        ResponseEntity<JsonNode> note = note("liuli", id, theirCall, "客户要求下周报价");
        assertThat(note.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(note.getBody().get("authorEmployeeId").asLong()).isEqualTo(liuLi);
        assertThat(note.getBody().get("callId").asLong()).isEqualTo(theirCall);
        assertThat(Instant.parse(note.getBody().get("writtenAt").asText())).isBetween(Instant.now().minusSeconds(30), Instant.now());

        ResponseEntity<JsonNode> wrongCall = note("liuli", id, anotherNumbersCall, "记错了通话");
        assertThat(wrongCall.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongCall.getBody().get("detail").asText()).contains("不是与联系人「孙总」的通话");
        assertThat(note("liuli", id, null, "  ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(note("admin", id, null, "管理员不是员工").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(timeline("admin", id).get("entries")).filteredOn(e -> e.get("kind").asText().equals("NOTE"))
                .extracting(e -> e.get("text").asText()).containsExactly("客户要求下周报价");
    }

    @Test
    void theTimelineMergesCallsBothWaysAndNotesNewestFirst() {
        String number = newMobile();
        long id = save("liuli", "周女士", "楚河文旅", number, null).getBody().get("id").asLong();
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        long outbound = endedOutboundCall(rongCai, number, twoHoursAgo, Duration.ofSeconds(65));
        long inbound = endedInboundCall(wuhan, number, wangFang, twoHoursAgo.plus(Duration.ofHours(1)));
        endedInboundCall(enterpriseOfItsOwn(), number, null, twoHoursAgo.plus(Duration.ofMinutes(90)));
        endedOutboundCall(rongCai, newMobile(), twoHoursAgo.plus(Duration.ofMinutes(100)), Duration.ofSeconds(5));
        note("liuli", id, outbound, "已寄样品");

        JsonNode entries = timeline("liuli", id).get("entries");

        assertThat(entries).extracting(e -> e.get("kind").asText()).containsExactly("NOTE", "CALL", "CALL");
        assertThat(entries.get(0).get("employeeName").asText()).isEqualTo("刘力");
        assertThat(entries.get(0).get("callId").asLong()).isEqualTo(outbound);
        JsonNode received = entries.get(1);
        assertThat(received.get("callId").asLong()).isEqualTo(inbound);
        assertThat(received.get("direction").asText()).isEqualTo("INBOUND");
        assertThat(received.get("employeeName").asText()).isEqualTo("王芳");
        JsonNode placed = entries.get(2);
        assertThat(placed.get("callId").asLong()).isEqualTo(outbound);
        assertThat(placed.get("direction").asText()).isEqualTo("OUTBOUND");
        assertThat(placed.get("employeeName").asText()).isEqualTo("荣彩");
        assertThat(placed.get("status").asText()).isEqualTo("ENDED");
        assertThat(placed.get("durationSeconds").asInt()).isBetween(65, 66);
        assertThat(placed.get("beijingTime").asText())
                .isEqualTo(ShanghaiTime.local(Instant.parse(placed.get("at").asText())).format(BEIJING_TIME));
    }

    @Test
    void anEmployeeSavesTheOtherPartyOfTheirOwnCallOnly() {
        String number = newMobile();
        long own = endedOutboundCall(liuLi, number, Instant.now().minusSeconds(300), Duration.ZERO);
        long colleagues = endedOutboundCall(rongCai, newMobile(), Instant.now().minusSeconds(200), Duration.ZERO);

        ResponseEntity<JsonNode> saved = as("liuli").postForEntity("/api/contacts/from-call/" + own,
                Map.of("name", "吴先生", "company", "江夏农业"), JsonNode.class);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(saved.getBody().get("number").asText()).isEqualTo(number);

        assertThat(as("liuli").postForEntity("/api/contacts/from-call/" + colleagues, Map.of("name", "别人的客户"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("liuli").postForEntity("/api/contacts/from-call/" + own, Map.of("name", "吴先生"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void onlyAContactWithoutCallsOrNotesIsDeletedAndOnlyByTheAdmin() {
        long mistake = save("liuli", "存错了", null, newMobile(), null).getBody().get("id").asLong();
        String number = newMobile();
        long called = save("liuli", "郑先生", null, number, null).getBody().get("id").asLong();
        endedOutboundCall(liuLi, number, Instant.now().minusSeconds(100), Duration.ZERO);

        assertThat(delete("liuli", mistake).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(delete("admin", mistake).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(as("admin").getForEntity("/api/contacts/" + mistake, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> kept = delete("admin", called);
        assertThat(kept.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(kept.getBody()).contains("已有通话或跟进记录，不能删除");
    }

    @Test
    void anotherEnterpriseNeitherSeesNorChangesTheContact() {
        String number = newMobile();
        long id = save("liuli", "冯总", "武昌物流", number, liuLi).getBody().get("id").asLong();
        note("liuli", id, null, "冯总的采购计划");

        assertThat(as("admin-b").getForObject("/api/contacts", JsonNode.class))
                .extracting(c -> c.get("id").asLong()).doesNotContain(id);
        ResponseEntity<String> seen = as("admin-b").getForEntity("/api/contacts/" + id, String.class);
        assertThat(seen.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(seen.getBody()).doesNotContain("冯总");
        ResponseEntity<String> timeline = as("admin-b").getForEntity("/api/contacts/" + id + "/timeline", String.class);
        assertThat(timeline.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(timeline.getBody()).doesNotContain("采购计划");
        assertThat(put("admin-b", "/api/contacts/" + id, Map.of("name", "改名")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(assignManager("admin-b", id, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(delete("admin-b", id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        JsonNode unchanged = contactAs("admin", id);
        assertThat(unchanged.get("name").asText()).isEqualTo("冯总");
        assertThat(unchanged.get("accountManagerId").asLong()).isEqualTo(liuLi);
    }

    /** A call the employee placed to the number; connected for {@code connected}, or not taken when zero. */
    private long endedOutboundCall(long employeeId, String number, Instant at, Duration connected) {
        clock.set(at);
        try {
            CallRecord call = book.open(CallRecord.outbound(wuhan, employeeId, employees.findById(employeeId).orElseThrow().getMobile(),
                    number, null, CalleeIdentity.OTHER, OFFICE, 0, 10, NODE, clock.instant()));
            if (connected.isZero()) {
                return book.close(call.getId(), CallEnd.CALLEE_NO_ANSWER).getId();
            }
            book.bridged(call.getId());
            // The clock runs on between the steps: a margin keeps the whole seconds connected.
            clock.set(at.plus(connected).plusMillis(500));
            return book.close(call.getId(), CallEnd.HUNG_UP).getId();
        } finally {
            clock.reset();
        }
    }

    /** A call from the number, put through to the employee (or to nobody) and talked for half a minute. */
    private long endedInboundCall(long enterpriseId, String number, Long employeeId, Instant at) {
        clock.set(at);
        try {
            CallRecord call = book.open(CallRecord.inbound(enterpriseId, number, OFFICE, NODE, clock.instant()));
            if (employeeId != null) {
                book.forwardingTo(call.getId(), employeeId, 0);
            }
            book.bridged(call.getId());
            clock.set(at.plusSeconds(30));
            return book.close(call.getId(), CallEnd.HUNG_UP).getId();
        } finally {
            clock.reset();
        }
    }

    private long enterpriseOfItsOwn() {
        return enterprises.save(new Enterprise("时间线隔离测试有限公司", "湖北", "武汉", OrganizationType.COMPANY,
                LocalDate.of(2020, 1, 1))).getId();
    }

    private Employee employeeNamed(long enterpriseId, String name) {
        return employees.findByEnterpriseIdOrderById(enterpriseId).stream()
                .filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
    }

    private static String newMobile() {
        return "1335" + "%07d".formatted(NEXT_NUMBER.incrementAndGet() % 10_000_000);
    }

    private static Map<String, Object> contact(String name, String company, String number, Long accountManagerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("company", company);
        body.put("number", number);
        body.put("accountManagerId", accountManagerId);
        return body;
    }

    private ResponseEntity<JsonNode> save(String user, String name, String company, String number, Long accountManagerId) {
        ResponseEntity<JsonNode> saved = as(user).postForEntity("/api/contacts", contact(name, company, number, accountManagerId),
                JsonNode.class);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return saved;
    }

    private void assertRefused(Map<String, Object> contact, String because) {
        ResponseEntity<JsonNode> answer = as("liuli").postForEntity("/api/contacts", contact, JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("detail").asText()).contains(because);
    }

    private ResponseEntity<JsonNode> assignManager(String user, long contactId, Long employeeId) {
        Map<String, Object> body = new HashMap<>();
        body.put("employeeId", employeeId);
        return put(user, "/api/contacts/" + contactId + "/account-manager", body);
    }

    private ResponseEntity<JsonNode> note(String user, long contactId, Long callId, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("callId", callId);
        body.put("text", text);
        return as(user).postForEntity("/api/contacts/" + contactId + "/notes", body, JsonNode.class);
    }

    private JsonNode contactAs(String user, long contactId) {
        return as(user).getForObject("/api/contacts/" + contactId, JsonNode.class);
    }

    private JsonNode timeline(String user, long contactId) {
        ResponseEntity<JsonNode> answer = as(user).getForEntity("/api/contacts/" + contactId + "/timeline", JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private ResponseEntity<JsonNode> put(String user, String path, Map<String, ?> body) {
        return as(user).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
    }

    private ResponseEntity<String> delete(String user, long contactId) {
        return as(user).exchange("/api/contacts/" + contactId, HttpMethod.DELETE, null, String.class);
    }

    private TestRestTemplate as(String demoUser) {
        return http.withBasicAuth(demoUser, demoUser);
    }
}
