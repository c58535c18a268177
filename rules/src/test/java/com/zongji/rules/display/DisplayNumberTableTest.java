package com.zongji.rules.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zongji.engine.call.CalleeDevice;
import com.zongji.engine.call.CalleePresentation;
import com.zongji.engine.call.CallerCard;
import com.zongji.engine.call.DeviceOs;
import com.zongji.engine.call.DisplayNumberPolicy;
import com.zongji.engine.call.LegADisplay;
import com.zongji.rules.table.ActiveRuleTables;
import com.zongji.rules.table.DecisionTableCompiler;
import com.zongji.rules.table.RuleTableRejected;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

class DisplayNumberTableTest {

    private static final String WUHAN_OFFICE = "02787654321";
    private static final String BEIJING_OFFICE = "01088886600";
    private static final String PUSH = "{主叫}正在拨打您的电话，请注意接听";

    private static DisplayNumberPolicy policy;

    @BeforeAll
    static void activateShippedWorkbook() {
        policy = activated().table();
    }

    @Test
    void aWuhanMobileWithAWuhanOfficeNumberIsRungFromTheOfficeNumber() {
        assertThat(policy.legA("18627000001", WUHAN_OFFICE)).isEqualTo(new LegADisplay(WUHAN_OFFICE, "SAME_REGION"));
    }

    @Test
    void everyDemoEmployeeOfTheWuhanEnterpriseSeesItsOfficeNumber() {
        for (String mobile : List.of("18627000001", "15627000002", "18627000003", "15627000004", "13907100005", "13907100006")) {
            assertThat(policy.legA(mobile, WUHAN_OFFICE)).as(mobile).isEqualTo(new LegADisplay(WUHAN_OFFICE, "SAME_REGION"));
        }
    }

    @Test
    void aBeijingMobileWithAWuhanOfficeNumberIsRungFromTheBeijingPlatformNumber() {
        assertThat(policy.legA("13601000011", WUHAN_OFFICE)).isEqualTo(new LegADisplay("01059000000", "OTHER_REGION"));
    }

    @Test
    void aWuhanMobileWithABeijingOfficeNumberIsRungFromTheWuhanPlatformNumber() {
        assertThat(policy.legA("18627000001", BEIJING_OFFICE)).isEqualTo(new LegADisplay("02759000000", "OTHER_REGION"));
    }

    @Test
    void aBeijingMobileWithABeijingOfficeNumberIsRungFromTheOfficeNumber() {
        assertThat(policy.legA("13601000011", BEIJING_OFFICE)).isEqualTo(new LegADisplay(BEIJING_OFFICE, "SAME_REGION"));
    }

    @Test
    void aMobileWhosePrefixIsNotListedFallsBackToTheOfficeNumber() {
        assertThat(policy.legA("19999990000", WUHAN_OFFICE)).isEqualTo(new LegADisplay(WUHAN_OFFICE, "UNKNOWN_REGION"));
    }

    @Test
    void anOfficeNumberWhoseAreaCodeIsNotListedFallsBackToTheOfficeNumber() {
        assertThat(policy.legA("18627000001", "0755-1234 5678")).isEqualTo(new LegADisplay("075512345678", "UNKNOWN_REGION"));
    }

    @Test
    void aForeignMobileHasNoHomeRegionAndFallsBackToTheOfficeNumber() {
        assertThat(policy.legA("+852 9123 4567", WUHAN_OFFICE)).isEqualTo(new LegADisplay(WUHAN_OFFICE, "UNKNOWN_REGION"));
    }

    @Test
    void aMobileFromARegionWithoutPlatformNumberFallsBackToTheOfficeNumber() {
        assertThat(policy.legA("13971800001", WUHAN_OFFICE)).isEqualTo(new LegADisplay(WUHAN_OFFICE, "NO_PLATFORM_NUMBER"));
    }

    @Test
    void numbersWrittenWithCountryCodeAndSeparatorsAreShownInNationalForm() {
        assertThat(policy.legA("+86 136 0100 0011", "0086 (0)27-8765 4321"))
                .isEqualTo(new LegADisplay("01059000000", "OTHER_REGION"));
        assertThat(policy.legA("+86 186 2700 0001", "+86 27 8765 4321")).isEqualTo(new LegADisplay(WUHAN_OFFICE, "SAME_REGION"));
    }

    @Test
    void theCalleeSeesTheOfficeNumber() {
        assertThat(policy.calleeSees("+86 10 8888 6600")).isEqualTo(BEIJING_OFFICE);
    }

    @Test
    void anAndroidColleagueWithTheAppSeesTheCompanyNameAndTheFullCard() {
        assertThat(policy.callee(new CalleeDevice(DeviceOs.ANDROID, true, true)))
                .isEqualTo(new CalleePresentation(true, CallerCard.FULL, ""));
    }

    @Test
    void anAndroidOutsiderWithTheAppSeesTheCompanyNameAndIsPushedNameAndCompany() {
        assertThat(policy.callee(new CalleeDevice(DeviceOs.ANDROID, true, false)))
                .isEqualTo(new CalleePresentation(true, CallerCard.NAME_AND_COMPANY, ""));
    }

    @Test
    void anAndroidPhoneWithoutTheAppShowsOnlyTheFixedNumber() {
        assertThat(policy.callee(new CalleeDevice(DeviceOs.ANDROID, false, true)))
                .isEqualTo(new CalleePresentation(false, CallerCard.NONE, ""));
    }

    @Test
    void anIPhoneColleagueWithTheAppSeesTheCompanyNameAndAPushMessage() {
        CalleePresentation presentation = policy.callee(new CalleeDevice(DeviceOs.IOS, true, true));

        assertThat(presentation).isEqualTo(new CalleePresentation(true, CallerCard.NONE, PUSH));
        assertThat(presentation.pushMessageFrom("大熊")).isEqualTo("大熊正在拨打您的电话，请注意接听");
    }

    @Test
    void anIPhoneOutsiderWithTheAppGetsThePushMessageWithoutTheCompanyName() {
        assertThat(policy.callee(new CalleeDevice(DeviceOs.IOS, true, false)))
                .isEqualTo(new CalleePresentation(false, CallerCard.NONE, PUSH));
    }

    @Test
    void anIPhoneWithoutTheAppShowsOnlyTheFixedNumber() {
        CalleePresentation presentation = policy.callee(new CalleeDevice(DeviceOs.IOS, false, false));

        assertThat(presentation).isEqualTo(new CalleePresentation(false, CallerCard.NONE, ""));
        assertThat(presentation.pushesMessage()).isFalse();
    }

    @Test
    void aPhoneOfUnknownSystemIsTreatedLikeOneWithoutTheApp() {
        assertThat(policy.callee(new CalleeDevice(DeviceOs.UNKNOWN, true, true)))
                .isEqualTo(new CalleePresentation(false, CallerCard.NONE, ""));
    }

    @Test
    void aWorkbookFailingItsOwnExamplesIsRejectedAndTheActiveOneStillDecides() {
        Activated tables = activated();
        byte[] beijingRenumbered = Workbooks.edit(Workbooks.shipped(), "显号 Display", "01059000000", 0, "01059001111");

        assertThatThrownBy(() -> tables.active().activate("display-number", beijingRenumbered))
                .isInstanceOfSatisfying(RuleTableRejected.class, e -> assertThat(e.problems())
                        .isNotEmpty()
                        .allSatisfy(problem -> assertThat(problem).contains("Examples row", "01059001111")));
        assertThat(tables.table().legA("13601000011", WUHAN_OFFICE)).isEqualTo(new LegADisplay("01059000000", "OTHER_REGION"));
    }

    @Test
    void aCardKindThatDoesNotExistIsRejectedAndTheActiveOneStillDecides() {
        Activated tables = activated();
        byte[] misspeltCard = Workbooks.edit(Workbooks.shipped(), "显号 Display", "NAME_AND_COMPANY", 0, "NAME_AND_TITLE");

        assertThatThrownBy(() -> tables.active().activate("display-number", misspeltCard))
                .isInstanceOf(RuleTableRejected.class)
                .hasMessageContaining("NAME_AND_TITLE");
        assertThat(tables.table().callee(new CalleeDevice(DeviceOs.ANDROID, true, false)).card())
                .isEqualTo(CallerCard.NAME_AND_COMPANY);
    }

    @Test
    void aChangedPlatformNumberWithMatchingExamplesDecidesTheNextCall() {
        Activated tables = activated();
        byte[] workbook = Workbooks.edit(Workbooks.shipped(), "显号 Display", "01059000000", 0, "010-5900 1111");
        workbook = Workbooks.editAll(workbook, "Examples", "01059000000", "01059001111");

        tables.active().activate("display-number", workbook);

        assertThat(tables.table().legA("13601000011", WUHAN_OFFICE)).isEqualTo(new LegADisplay("01059001111", "OTHER_REGION"));
    }

    private static Activated activated() {
        AtomicReference<ActiveRuleTables> active = new AtomicReference<>();
        DisplayNumberTable table = new DisplayNumberTable(lazily(active));
        active.set(new ActiveRuleTables(List.of(table), new DecisionTableCompiler()));
        return new Activated(active.get(), table);
    }

    private static ObjectProvider<ActiveRuleTables> lazily(AtomicReference<ActiveRuleTables> active) {
        return new ObjectProvider<>() {
            @Override
            public ActiveRuleTables getObject() {
                return active.get();
            }
        };
    }

    private record Activated(ActiveRuleTables active, DisplayNumberTable table) {
    }
}
