package com.zongji.rules.display;

import com.zongji.engine.call.CalleeDevice;
import com.zongji.engine.call.CalleePresentation;
import com.zongji.engine.call.CallerCard;
import com.zongji.engine.call.DeviceOs;
import com.zongji.engine.call.DisplayNumberPolicy;
import com.zongji.engine.call.LegADisplay;
import com.zongji.engine.call.MainlandNumber;
import com.zongji.rules.table.ActiveRuleTables;
import com.zongji.rules.table.Example;
import com.zongji.rules.table.PolicyTable;
import com.zongji.rules.table.TableRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.stereotype.Component;

/**
 * The {@code display-number} workbook: the home region of number prefixes, the platform number of
 * each region, what leg A shows in each situation, and how the callee's phone presents the call.
 */
@Component
public class DisplayNumberTable extends PolicyTable implements DisplayNumberPolicy {

    public DisplayNumberTable(ObjectFactory<ActiveRuleTables> tables) {
        super("display-number", tables);
    }

    @Override
    public LegADisplay legA(String employeeMobile, String officeNumber) {
        return legA(activeRules(), employeeMobile, officeNumber);
    }

    @Override
    public CalleePresentation callee(CalleeDevice device) {
        return callee(activeRules(), device);
    }

    /**
     * A row checks leg A when {@code given mobile} is filled ({@code given office number},
     * {@code expect leg A shows}, {@code expect reason}) and the callee's presentation when
     * {@code given os} is filled ({@code given app installed}, {@code given colleague},
     * {@code expect company name}, {@code expect card}, {@code expect push message}).
     */
    @Override
    public Optional<String> check(Example example, TableRules rules) {
        boolean legA = !example.given("mobile").isBlank();
        boolean callee = !example.given("os").isBlank();
        if (!legA && !callee) {
            throw new IllegalArgumentException("请填写 given mobile（主叫显号）或 given os（被叫显示） / "
                    + "fill 'given mobile' for leg A or 'given os' for the callee");
        }
        List<String> differences = new ArrayList<>();
        if (legA) {
            checkLegA(example, rules).ifPresent(differences::add);
        }
        if (callee) {
            checkCallee(example, rules).ifPresent(differences::add);
        }
        return differences.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", differences));
    }

    private static Optional<String> checkLegA(Example example, TableRules rules) {
        LegADisplay expected = new LegADisplay(example.expected("leg A shows"), example.expected("reason"));
        LegADisplay decided = legA(rules, example.given("mobile"), example.given("office number"));
        return decided.equals(expected)
                ? Optional.empty()
                : Optional.of("mobile " + example.given("mobile") + " with office number " + example.given("office number")
                        + " shows " + decided.number() + " (" + decided.reasonCode() + "), expected "
                        + expected.number() + " (" + expected.reasonCode() + ")");
    }

    private static Optional<String> checkCallee(Example example, TableRules rules) {
        CalleeDevice device = new CalleeDevice(
                DeviceOs.valueOf(example.given("os").trim()),
                yesOrNo(example.given("app installed")),
                yesOrNo(example.given("colleague")));
        CalleePresentation expected = new CalleePresentation(
                yesOrNo(example.expected("company name")),
                CallerCard.valueOf(example.expected("card").trim()),
                example.expected("push message"));
        CalleePresentation decided = callee(rules, device);
        return decided.equals(expected)
                ? Optional.empty()
                : Optional.of(device + " is presented as " + decided + ", expected " + expected);
    }

    private static LegADisplay legA(TableRules rules, String employeeMobile, String officeNumber) {
        MainlandNumber office = MainlandNumber.read(officeNumber).orElseThrow(() -> new IllegalArgumentException(
                "办公电话号码不是中国大陆号码 / Office number is not a mainland China number: " + officeNumber));
        Optional<HomeRegion> mobileRegion = MainlandNumber.read(employeeMobile).flatMap(mobile -> region(rules, mobile));
        Optional<HomeRegion> officeRegion = region(rules, office);
        Optional<String> platformNumber = mobileRegion.flatMap(region -> platformNumber(rules, region));
        LegASituation situation = situation(mobileRegion, officeRegion, platformNumber.isPresent());
        String shown = switch (rules.decideOne(LegANumber.class, new LegACase(situation))) {
            case OFFICE_NUMBER -> office.national();
            case PLATFORM_NUMBER -> platformNumber.orElseThrow(() -> new IllegalStateException(
                    "Decision table " + rules.table() + " shows the platform number in situation " + situation
                            + ", but the mobile " + employeeMobile + " has no region with a platform number"));
        };
        return new LegADisplay(shown, situation.name());
    }

    private static LegASituation situation(Optional<HomeRegion> mobile, Optional<HomeRegion> office, boolean platformNumberKnown) {
        if (mobile.isEmpty() || office.isEmpty()) {
            return LegASituation.UNKNOWN_REGION;
        }
        if (mobile.equals(office)) {
            return LegASituation.SAME_REGION;
        }
        return platformNumberKnown ? LegASituation.OTHER_REGION : LegASituation.NO_PLATFORM_NUMBER;
    }

    private static Optional<HomeRegion> region(TableRules rules, MainlandNumber number) {
        return number.homeRegionPrefix()
                .flatMap(prefix -> atMostOne(rules, HomeRegion.class, rules.decide(new NumberPrefix(prefix))));
    }

    /** Analysts may type a platform number with separators or +86; it is shown in national form. */
    private static Optional<String> platformNumber(TableRules rules, HomeRegion region) {
        return atMostOne(rules, PlatformNumber.class, rules.decide(region))
                .map(platform -> MainlandNumber.read(platform.number())
                        .orElseThrow(() -> new IllegalArgumentException("平台号码不是中国大陆号码 / Platform number of "
                                + region.name() + " is not a mainland China number: " + platform.number()))
                        .national());
    }

    private static CalleePresentation callee(TableRules rules, CalleeDevice device) {
        List<Object> decided = rules.decide(device);
        CompanyName companyName = atMostOne(rules, CompanyName.class, decided)
                .orElseThrow(() -> missing(rules, "show company name (显示公司名称)", device));
        CallerCard card = atMostOne(rules, CallerCard.class, decided)
                .orElseThrow(() -> missing(rules, "caller card (名片)", device));
        String pushMessage = atMostOne(rules, PushMessage.class, decided).map(PushMessage::text).orElse("");
        return new CalleePresentation(companyName.shown(), card, pushMessage);
    }

    private static IllegalStateException missing(TableRules rules, String what, CalleeDevice device) {
        return new IllegalStateException("Decision table " + rules.table() + " decided no " + what + " for " + device);
    }

    private static <D> Optional<D> atMostOne(TableRules rules, Class<D> type, List<Object> decided) {
        List<D> found = decided.stream().filter(type::isInstance).map(type::cast).toList();
        if (found.size() > 1) {
            throw new IllegalStateException("Decision table " + rules.table() + " gave " + found.size() + " "
                    + type.getSimpleName() + " decisions " + found + "; expected at most one");
        }
        return found.stream().findFirst();
    }

    private static boolean yesOrNo(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("'" + text + "' is neither true nor false (应为 true 或 false)");
        };
    }
}
