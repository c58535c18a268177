package com.zongji.demo;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo carrier reviewer in Camunda's own identity, so that {@code reviewer} / {@code reviewer} signs
 * in to Tasklist and finds the enterprise reviews in the filter 待审核企业. With Camunda authorization
 * checks off (the default here) only a valid login matters; the grants below are what Tasklist needs
 * once {@code camunda.bpm.authorization.enabled} is switched on. Runs once: an existing user is left as it is.
 */
@Slf4j
@Component
@RequiredArgsConstructor
@ConditionalOnProperty(name = "zongji.demo.enabled", havingValue = "true")
public class CamundaReviewers implements ApplicationRunner {

    static final String GROUP = "reviewers";
    static final String REVIEWER = "reviewer";
    static final String FILTER = "待审核企业";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    @Override
    public void run(ApplicationArguments args) {
        if (identity.createUserQuery().userId(REVIEWER).count() > 0) {
            return;
        }
        Group group = identity.newGroup(GROUP);
        group.setName("运营商审核员 Carrier reviewers");
        group.setType(Groups.GROUP_TYPE_WORKFLOW);
        identity.saveGroup(group);

        User user = identity.newUser(REVIEWER);
        user.setFirstName("审核员");
        user.setLastName("Reviewer");
        user.setPassword(REVIEWER);
        identity.saveUser(user);
        identity.createMembership(REVIEWER, GROUP);

        Filter reviews = filters.newTaskFilter(FILTER)
                .setOwner(REVIEWER)
                .setQuery(tasks.createTaskQuery().taskCandidateGroup(GROUP).includeAssignedTasks().orderByTaskPriority().desc())
                .setProperties(Map.of("description", "运营商审核企业开通申请", "priority", -10, "refresh", true));
        filters.saveFilter(reviews);

        grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Resources.FILTER, reviews.getId(), Permissions.READ);
        grant(Resources.TASK, ANY, Permissions.READ, Permissions.UPDATE);
        grant(Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_TASK, Permissions.UPDATE_TASK,
                Permissions.READ_HISTORY);
        grant(Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        log.info("Camunda reviewer seeded: Tasklist login reviewer/reviewer, group {}, filter {}", GROUP, FILTER);
    }

    private void grant(Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(GROUP);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
