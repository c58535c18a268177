package com.zongji.onboarding;

import static com.zongji.onboarding.OnboardingFixtures.CERTIFIED_EARLY;
import static com.zongji.onboarding.OnboardingFixtures.wuhanCompany;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.zongji.engine.billing.PrepaidAccountRepository;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.enterprise.EnterpriseStatus;
import com.zongji.engine.enterprise.OrganizationType;
import com.zongji.engine.numbering.NumberSelectionFlow;
import com.zongji.engine.onboarding.ApplicationForm;
import com.zongji.engine.onboarding.ApplyingForAccount;
import com.zongji.engine.onboarding.Materials;
import com.zongji.engine.onboarding.OnboardingStatus;
import com.zongji.engine.onboarding.ReviewDecision;
import com.zongji.engine.onboarding.ReviewDecisionRepository;
import com.zongji.engine.onboarding.ReviewEscalationRepository;
import com.zongji.engine.onboarding.TrackingOnboarding;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import com.zongji.support.EngineIT;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The enterprise-onboarding process walked path by path, with the carrier's review done as Tasklist does it. */
class EnterpriseOnboardingIT extends EngineIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired OnboardingFixtures fixtures;
    @Autowired ApplyingForAccount applying;
    @Autowired TrackingOnboarding tracking;
    @Autowired NumberSelectionFlow numberSelection;
    @Autowired EnterpriseRepository enterprises;
    @Autowired EmployeeRepository employees;
    @Autowired PrepaidAccountRepository accounts;
    @Autowired ReviewDecisionRepository reviews;
    @Autowired ReviewEscalationRepository escalations;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired FormService forms;
    @Autowired HistoryService history;
    @Autowired ManagementService management;

    @AfterEach
    void engineClockBackToNow() {
        ClockUtil.reset();
    }

    @Test
    void anEligibleApprovedEnterpriseSelectsANumberAndIsOpenedWithExtensionsAndAPrepaidAccount() {
        long id = fixtures.applyingEnterprise("武汉");
        applying.apply(id, wuhanCompany());
        assertThat(status(id)).isEqualTo(EnterpriseStatus.UNDER_REVIEW);

        forms.submitTaskForm(reviewTask(id).getId(), Map.of("approved", true));
        assertThat(status(id)).isEqualTo(EnterpriseStatus.SELECTING_NUMBER);
        assertThat(runtime.getActiveActivityIds(onboarding(id).getId())).containsExactly("CallActivity_SelectNumber");
        assertThat(tracking.status(id).progress().numberSelectionReached()).isTrue();

        String number = fixtures.aFreeNumberIn("武汉");
        numberSelection.pick(id, number);
        numberSelection.confirm(id);

        assertThat(onboarding(id)).as("the process has ended").isNull();
        assertThat(endedIn(id, "EndEvent_AccountOpened")).isTrue();
        assertThat(status(id)).isEqualTo(EnterpriseStatus.OPEN);
        assertThat(employees.findByEnterpriseIdOrderById(id))
                .allSatisfy(employee -> assertThat(employee.hasExtension()).isEqualTo(employee.isActivated()))
                .filteredOn(Employee::isActivated).extracting(Employee::getExtension).containsExactly("800", "801");
        assertThat(accounts.existsById(id)).isTrue();
        OnboardingStatus opened = tracking.status(id);
        assertThat(opened.officeNumber()).isEqualTo(number);
        assertThat(opened.notifications()).last().extracting(OnboardingStatus.Notice::message).asString()
                .contains("已开通", number);
    }

    @Test
    void anEnterpriseOutsideTheOpenRegionsIsRefusedWithTheTablesReason() {
        long id = fixtures.applyingEnterprise("宜昌");
        applying.apply(id, new ApplicationForm(OrganizationType.COMPANY, "湖北", "宜昌", LocalDate.of(2019, 3, 1),
                null, null, null));

        assertThat(onboarding(id)).isNull();
        assertThat(endedIn(id, "EndEvent_Refused")).isTrue();
        OnboardingStatus status = tracking.status(id);
        assertThat(status.status()).isEqualTo(EnterpriseStatus.REFUSED);
        assertThat(status.reason()).isEqualTo("所在城市暂未开通办公电话");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(id)).count()).isZero();
    }

    @Test
    void anIndividualBusinessIsRefused() {
        long id = fixtures.applyingEnterprise("武汉");
        applying.apply(id, new ApplicationForm(OrganizationType.INDIVIDUAL_BUSINESS, "湖北", "武汉",
                LocalDate.of(2019, 3, 1), null, null, null));

        assertThat(endedIn(id, "EndEvent_Refused")).isTrue();
        assertThat(tracking.status(id).status()).isEqualTo(EnterpriseStatus.REFUSED);
        assertThat(tracking.status(id).reason()).isEqualTo("个体工商户暂不支持开通办公电话");
    }

    @Test
    void anEarlyCertifiedEnterpriseSuppliesTheMissingMaterialsBeforeItIsReviewed() {
        long id = fixtures.applyingEnterprise("武汉");
        applying.apply(id, new ApplicationForm(OrganizationType.COMPANY, "湖北", "武汉", CERTIFIED_EARLY, null, null, null));

        OnboardingStatus waiting = tracking.status(id);
        assertThat(waiting.status()).isEqualTo(EnterpriseStatus.APPLYING);
        assertThat(waiting.missingMaterials()).containsExactly("公司地址", "法人身份证号码", "认证公函");
        assertThat(runtime.getActiveActivityIds(onboarding(id).getId())).containsExactly("Task_SupplyMaterials");

        applying.supplyMaterials(id, new Materials("武汉市江汉区解放大道1号", null, null));
        assertThat(tracking.status(id).missingMaterials()).containsExactly("法人身份证号码", "认证公函");
        assertThat(runtime.getActiveActivityIds(onboarding(id).getId())).containsExactly("Task_SupplyMaterials");

        applying.supplyMaterials(id, new Materials(null, "420102198001011234", "认证公函-2015.pdf"));
        assertThat(tracking.status(id).status()).isEqualTo(EnterpriseStatus.UNDER_REVIEW);
        assertThat(tracking.status(id).missingMaterials()).isEmpty();
        assertThat(forms.getTaskFormVariables(reviewTask(id).getId()).get("certificationLetter"))
                .isEqualTo("认证公函-2015.pdf");
    }

    @Test
    void theReviewIsForReviewersAndDueOneWorkingDayAfterSubmission() {
        long id = fixtures.applyingEnterprise("武汉");
        ZonedDateTime fridayEvening = ZonedDateTime.of(2026, 12, 11, 18, 30, 0, 0, BEIJING);
        ClockUtil.setCurrentTime(Date.from(fridayEvening.toInstant()));
        applying.apply(id, wuhanCompany());
        ClockUtil.reset();

        Task review = reviewTask(id);
        ZonedDateTime mondayEvening = ZonedDateTime.of(2026, 12, 14, 18, 30, 0, 0, BEIJING);
        assertThat(review.getDueDate()).isEqualTo(Date.from(mondayEvening.toInstant()));
        assertThat(tasks.getIdentityLinksForTask(review.getId()))
                .anySatisfy(link -> {
                    assertThat(link.getType()).isEqualTo(IdentityLinkType.CANDIDATE);
                    assertThat(link.getGroupId()).isEqualTo("reviewers");
                });
        assertThat(tracking.status(id).progress().reviewDue()).isEqualTo(mondayEvening.toInstant());
        assertThat(forms.getTaskFormVariables(review.getId()).get("city")).isEqualTo("武汉");
    }

    @Test
    void aRejectedApplicationIsCorrectedResubmittedAndApprovedWithBothReviewsKept() {
        long id = fixtures.applyingEnterprise("武汉");
        applying.apply(id, wuhanCompany());
        String firstReview = reviewTask(id).getId();
        forms.submitTaskForm(firstReview, Map.of("approved", false, "rejectionReason", "公司地址与营业执照不一致"));

        OnboardingStatus rejected = tracking.status(id);
        assertThat(rejected.status()).isEqualTo(EnterpriseStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo("公司地址与营业执照不一致");
        assertThat(rejected.notifications()).extracting(OnboardingStatus.Notice::message)
                .anySatisfy(message -> assertThat(message).contains("公司地址与营业执照不一致"));
        assertThat(runtime.getActiveActivityIds(onboarding(id).getId())).containsExactly("Task_CorrectApplication");

        applying.resubmit(id, new ApplicationForm(OrganizationType.COMPANY, "湖北", "武汉", LocalDate.of(2019, 3, 1),
                "武汉市洪山区珞喻路2号", null, null));
        Task secondReview = reviewTask(id);
        assertThat(secondReview.getId()).isNotEqualTo(firstReview);
        assertThat(forms.getTaskFormVariables(secondReview.getId()).get("companyAddress")).isEqualTo("武汉市洪山区珞喻路2号");
        forms.submitTaskForm(secondReview.getId(), Map.of("approved", true));

        assertThat(status(id)).isEqualTo(EnterpriseStatus.SELECTING_NUMBER);
        assertThat(reviews.findByEnterpriseIdOrderById(id))
                .extracting(ReviewDecision::isApproved, ReviewDecision::getReason)
                .containsExactly(tuple(false, "公司地址与营业执照不一致"), tuple(true, null));
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(Long.toString(id))
                .taskDefinitionKey("Task_ReviewEnterprise").finished().list())
                .extracting(HistoricTaskInstance::getDeleteReason).containsOnly("completed").hasSize(2);
    }

    @Test
    void aRejectionWithoutReasonDoesNotCompleteTheReview() {
        long id = fixtures.applyingEnterprise("武汉");
        applying.apply(id, wuhanCompany());
        String review = reviewTask(id).getId();

        assertThatThrownBy(() -> forms.submitTaskForm(review, Map.of("approved", false)))
                .hasMessageContaining("驳回申请须填写原因");
        assertThat(tasks.createTaskQuery().taskId(review).count()).isEqualTo(1);
        assertThat(status(id)).isEqualTo(EnterpriseStatus.UNDER_REVIEW);
        assertThat(reviews.findByEnterpriseIdOrderById(id)).isEmpty();
    }

    @Test
    void aReviewPastItsDueDateIsEscalatedAndStaysOpenForTheReviewer() {
        long id = fixtures.applyingEnterprise("武汉");
        applying.apply(id, wuhanCompany());
        Task review = reviewTask(id);
        Job overdue = management.createJobQuery().processInstanceId(review.getProcessInstanceId()).timers().singleResult();
        assertThat(overdue.getDuedate()).isEqualTo(review.getDueDate());

        management.executeJob(overdue.getId());

        Task escalated = reviewTask(id);
        assertThat(escalated.getId()).isEqualTo(review.getId());
        assertThat(escalated.getPriority()).isEqualTo(100);
        assertThat(escalations.findByEnterpriseId(id)).singleElement()
                .satisfies(escalation -> assertThat(escalation.getDueAt()).isEqualTo(review.getDueDate().toInstant()));
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(review.getProcessInstanceId())
                .activityId("Task_EscalateOverdueReview").finished().count()).isEqualTo(1);

        forms.submitTaskForm(escalated.getId(), Map.of("approved", true));
        assertThat(status(id)).isEqualTo(EnterpriseStatus.SELECTING_NUMBER);
    }

    @Test
    void anEnterpriseWithAnApplicationUnderWayCannotApplyAgain() {
        long id = fixtures.applyingEnterprise("武汉");
        applying.apply(id, wuhanCompany());

        assertThatThrownBy(() -> applying.apply(id, wuhanCompany())).isInstanceOf(IllegalArgumentException.class);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("enterprise-onboarding")
                .processInstanceBusinessKey(Long.toString(id)).count()).isEqualTo(1);
    }

    private EnterpriseStatus status(long id) {
        return enterprises.findById(id).orElseThrow().getStatus();
    }

    private ProcessInstance onboarding(long id) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("enterprise-onboarding")
                .processInstanceBusinessKey(Long.toString(id)).singleResult();
    }

    private Task reviewTask(long id) {
        return tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(id))
                .taskDefinitionKey("Task_ReviewEnterprise").taskCandidateGroup("reviewers").singleResult();
    }

    private boolean endedIn(long id, String endEvent) {
        String instance = history.createHistoricProcessInstanceQuery().processDefinitionKey("enterprise-onboarding")
                .processInstanceBusinessKey(Long.toString(id)).singleResult().getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId(endEvent).finished()
                .count() == 1;
    }
}
