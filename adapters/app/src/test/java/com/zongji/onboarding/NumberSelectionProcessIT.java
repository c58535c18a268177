package com.zongji.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.numbering.NumberStatus;
import com.zongji.engine.numbering.NumberUnavailable;
import com.zongji.engine.numbering.OfficeNumber;
import com.zongji.engine.numbering.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The number-selection process started directly, as enterprise-onboarding's call activity starts it. */
class NumberSelectionProcessIT extends NumberSelectionSupport {

    @Autowired
    RepositoryService repository;

    @Test
    void theProcessIsDeployedFromTheClasspathAtStart() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("number-selection").latestVersion()
                .singleResult().getHistoryTimeToLive()).isNotNull();
    }

    @Test
    void fortyFreeNumbersOfTheOwnCityAreOfferedInAStableOrder() {
        Enterprise shanghai = enterpriseIn("上海", "上海");
        ProcessInstance instance = startSelection(shanghai, "PT10M");

        List<String> offered = selection.offer(shanghai.getId(), "上海");

        assertThat(offered).hasSize(40).isSorted().doesNotHaveDuplicates();
        assertThat(offered).allSatisfy(number -> {
            assertThat(number(number).getCity()).isEqualTo("上海");
            assertThat(number(number).getStatus()).isEqualTo(NumberStatus.FREE);
        });
        assertThat(selection.offer(shanghai.getId(), "上海")).isEqualTo(offered);
        assertThat(waitsAt(instance, "Event_NumberPicked")).isTrue();
        assertThat(runtime.getVariable(instance.getId(), "offeredNumbers").toString().split(",")).containsExactlyElementsOf(offered);
        runtime.deleteProcessInstance(instance.getId(), "test over");
    }

    @Test
    void aPickedNumberIsReservedAndOnConfirmationAssignedForGood() {
        Enterprise shanghai = enterpriseIn("上海", "上海");
        ProcessInstance instance = startSelection(shanghai, "PT10M");
        String picked = selection.offer(shanghai.getId(), "上海").get(0);

        Reservation reservation = flow.pick(shanghai.getId(), picked);

        OfficeNumber held = number(picked);
        assertThat(held.getStatus()).isEqualTo(NumberStatus.RESERVED);
        assertThat(held.getEnterpriseId()).isEqualTo(shanghai.getId());
        assertThat(held.getReservedUntil()).isEqualTo(reservation.reservedUntil())
                .isBetween(Instant.now().plus(Duration.ofMinutes(9)), Instant.now().plus(Duration.ofMinutes(10)));
        assertThat(waitsAt(instance, "Gateway_ConfirmOrTimeout")).isTrue();
        assertThat(selection.offer(shanghai.getId(), "上海")).doesNotContain(picked);

        assertThat(flow.confirm(shanghai.getId())).isEqualTo(picked);

        OfficeNumber assigned = number(picked);
        assertThat(assigned.getStatus()).isEqualTo(NumberStatus.ASSIGNED);
        assertThat(assigned.getEnterpriseId()).isEqualTo(shanghai.getId());
        assertThat(assigned.getReservedUntil()).isNull();
        HistoricProcessInstance finished = history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(finished.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(finished.getEndActivityId()).isEqualTo("EndEvent_NumberAssigned");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName("officeNumber")
                .singleResult().getValue()).isEqualTo(picked);
    }

    @Test
    void aConfirmedNumberIsNeverPickedAgainNorChangedByItsOwner() {
        Enterprise first = enterpriseIn("上海", "上海");
        startSelection(first, "PT10M");
        String number = selection.offer(first.getId(), "上海").get(0);
        flow.pick(first.getId(), number);
        flow.confirm(first.getId());
        Enterprise second = enterpriseIn("上海", "上海");
        ProcessInstance secondSelection = startSelection(second, "PT10M");

        assertThatThrownBy(() -> flow.pick(second.getId(), number)).isInstanceOf(NumberUnavailable.class);
        assertThatThrownBy(() -> selection.reserve(second.getId(), number, Instant.now().plusSeconds(60)))
                .isInstanceOf(NumberUnavailable.class);
        String another = selection.offer(second.getId(), "上海").get(0);
        assertThat(selection.offer(first.getId(), "上海")).isEmpty();
        assertThatThrownBy(() -> selection.reserve(first.getId(), another, Instant.now().plusSeconds(60)))
                .hasMessageContaining("确认后不能更换");
        assertThatThrownBy(() -> flow.pick(first.getId(), another)).isInstanceOf(IllegalStateException.class);
        assertThat(number(number).getEnterpriseId()).isEqualTo(first.getId());
        assertThat(waitsAt(secondSelection, "Event_NumberPicked")).isTrue();
        assertThat(runtime.getVariable(secondSelection.getId(), "pickError").toString()).contains(number);
        runtime.deleteProcessInstance(secondSelection.getId(), "test over");
    }

    @Test
    void anUnconfirmedReservationLapsesAndTheNumberReturnsToThePool() throws InterruptedException {
        Enterprise shanghai = enterpriseIn("上海", "上海");
        ProcessInstance instance = startSelection(shanghai, "PT2S");
        String picked = selection.offer(shanghai.getId(), "上海").get(0);
        flow.pick(shanghai.getId(), picked);
        assertThat(number(picked).getStatus()).isEqualTo(NumberStatus.RESERVED);

        eventually(Duration.ofSeconds(20), () -> waitsAt(instance, "Event_NumberPicked"));

        OfficeNumber released = number(picked);
        assertThat(released.getStatus()).isEqualTo(NumberStatus.FREE);
        assertThat(released.getEnterpriseId()).isNull();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("Task_ReleaseNumber").finished().count()).isEqualTo(1);
        assertThatThrownBy(() -> flow.confirm(shanghai.getId())).isInstanceOf(IllegalStateException.class);

        flow.pick(shanghai.getId(), picked);
        assertThat(number(picked).getStatus()).isEqualTo(NumberStatus.RESERVED);
        runtime.deleteProcessInstance(instance.getId(), "test over");
        selection.release(shanghai.getId(), picked);
    }

    @Test
    void theReservationTimeoutComesFromTheSettingsWhenTheCallerGivesNone() {
        Enterprise shanghai = enterpriseIn("上海", "上海");
        ProcessInstance instance = runtime.startProcessInstanceByKey("number-selection", shanghai.getId().toString(),
                Map.of("enterpriseId", shanghai.getId(), "city", "上海"));

        assertThat(runtime.getVariable(instance.getId(), "reservationTimeout")).isEqualTo("PT15M");
        runtime.deleteProcessInstance(instance.getId(), "test over");
    }
}
