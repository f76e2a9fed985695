package app.memoryvault.devstack;

import java.util.List;

/** Command-line options of the launcher. */
record Options(boolean reset, boolean help) {

    static final String USAGE = """
            Usage: java -jar devstack/target/devstack.jar [--reset] [--help]   (run from the repository root)

            Starts Postgres, Kafka, S3 and Keycloak, then card-service, media-service, review-service and
            the gateway, each when the previous one is ready. Data lives under .devstack/; logs under
            .devstack/logs/. Ctrl-C stops everything.

              --reset   delete .devstack/ (all local data: database, topics, objects, Keycloak) first
              --help    show this help
            """;

    static Options parse(List<String> args) {
        boolean reset = false;
        boolean help = false;
        for (String arg : args) {
            switch (arg) {
                case "--reset" -> reset = true;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new Options(reset, help);
    }
}
