package com.zongji.adapters.web.onboarding;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.numbering.NumberSelection;
import com.zongji.engine.numbering.NumberSelectionFlow;
import com.zongji.engine.numbering.Reservation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin's side of number selection: the numbers on offer for the enterprise's city, a pick (held while
 * confirmation is pending) and the final confirmation. A number another enterprise got first, a lapsed
 * hold or a step the process does not await answers 409.
 */
@RestController
@RequestMapping("/api/onboarding/numbers")
@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
@RequiredArgsConstructor
class NumberSelectionController {

    record OfferView(String city, List<String> numbers, ReservationView reservation, String officeNumber) {
    }

    record ReservationView(String number, Instant reservedUntil) {
        static ReservationView of(Reservation reservation) {
            return new ReservationView(reservation.number(), reservation.reservedUntil());
        }
    }

    record Pick(@NotBlank(message = "请填写要选的号码 (number required)") String number) {
    }

    record Confirmed(String officeNumber) {
    }

    private final EnterpriseRepository enterprises;
    private final NumberSelection selection;
    private final NumberSelectionFlow flow;

    @GetMapping
    OfferView offered(@AuthenticationPrincipal SignedInUser user) {
        long enterpriseId = user.tenant();
        String city = enterprises.findById(enterpriseId).orElseThrow().getCity();
        return new OfferView(city, selection.offer(enterpriseId, city),
                selection.reservationOf(enterpriseId).map(ReservationView::of).orElse(null),
                selection.confirmedNumberOf(enterpriseId).orElse(null));
    }

    @PostMapping("/pick")
    ReservationView pick(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody Pick pick) {
        return ReservationView.of(flow.pick(user.tenant(), pick.number().strip()));
    }

    @PostMapping("/confirm")
    Confirmed confirm(@AuthenticationPrincipal SignedInUser user) {
        return new Confirmed(flow.confirm(user.tenant()));
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
