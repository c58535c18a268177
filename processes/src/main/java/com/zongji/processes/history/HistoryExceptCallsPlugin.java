package com.zongji.processes.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes {@link HistoryExceptCalls} a history level the configuration can name ({@code camunda.bpm.history-level}),
 * and lets a database written with {@code full} history take it: Camunda refuses to start when the database
 * records another level than the configured one, and this level keeps everything {@code full} kept but calls.
 */
@Component
class HistoryExceptCallsPlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(HistoryExceptCallsPlugin.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = new ArrayList<>();
        if (configuration.getCustomHistoryLevels() != null) {
            levels.addAll(configuration.getCustomHistoryLevels());
        }
        levels.add(new HistoryExceptCalls());
        configuration.setCustomHistoryLevels(levels);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!HistoryExceptCalls.NAME.equals(configuration.getHistory())) {
            return;
        }
        String sql = "update " + configuration.getDatabaseTablePrefix() + "ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel' and VALUE_ = ?";
        try (Connection connection = configuration.getDataSource().getConnection();
                PreparedStatement adopt = connection.prepareStatement(sql)) {
            adopt.setString(1, Integer.toString(new HistoryExceptCalls().getId()));
            adopt.setString(2, Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
            if (adopt.executeUpdate() > 0) {
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                log.info("Camunda history level of the database changed from {} to {}", HistoryLevel.HISTORY_LEVEL_FULL.getName(),
                        HistoryExceptCalls.NAME);
            }
        } catch (SQLException noCamundaTablesYet) {
            // A new database: Camunda creates its tables and records the configured level itself.
            log.debug("Camunda history level not adopted: {}", noCamundaTablesYet.getMessage());
        }
    }
}
