package app.memoryvault.devstack;

import java.nio.file.Path;

/** Sends the in-JVM servers' logging (slf4j-simple) to one file, so the console only shows progress lines. */
final class InfraLogging {

    private InfraLogging() {
    }

    /** Must run before the first logger is created, that is before any server class is touched. */
    static void toFile(Path logFile) {
        System.setProperty("org.slf4j.simpleLogger.logFile", logFile.toAbsolutePath().toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        System.setProperty("org.slf4j.simpleLogger.log.kafka", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    }
}
