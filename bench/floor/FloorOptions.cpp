#include "FloorOptions.h"

#include <QCommandLineParser>

#include <iterator>

namespace FloorSim {

namespace {

struct Number
{
    const char *name;
    double min, max;
};

} // namespace

QString FloorOptions::usage()
{
    return QStringLiteral(
        "usage: floor_sim --url https://HOST:PORT --ca CA.pem --agents N --phones FILE\n"
        "                 [--first-agent 1] [--duration SECONDS] [--ramp SECONDS]\n"
        "                 [--settle SECONDS (30)]\n"
        "                 [--call-every SECONDS] [--compress FACTOR] [--connections N]\n"
        "                 [--sms-log FILE]... [--acks FILE] [--server-pid PID]... [--json FILE]\n"
        "                 [--seed N] [--timeout SECONDS] [--attempts N] [--poll-every SECONDS]\n"
        "                 [--find-max [--step SECONDS] [--step-factor F]] [--client raw|qnam]\n"
        "                 [--quiet]\n"
        "Simulated agents floorNNNNN (walletdesk-server --floor-agents) work calls as the\n"
        "console does; see docs/benchmarks.md, \"A whole floor\".\n"
        "--poll-every 0: no changes feed (a diagnostic: the console always polls it).\n"
        "Exit code: 0 no error and every step's p95 <= 100 ms; 1 otherwise; 2 bad usage.\n");
}

bool FloorOptions::parse(const QStringList &arguments, FloorOptions *o, QString *error)
{
    QCommandLineParser p;
    const auto value = [&](const char *name, const char *valueName) {
        p.addOption(QCommandLineOption(QLatin1String(name), QString(), QLatin1String(valueName)));
    };
    for (const char *name : {"url", "ca", "phones", "acks", "json", "password", "client"})
        value(name, "text");
    value("sms-log", "file");
    value("server-pid", "pid");
    const Number numbers[] = {{"agents", 1, 99'999}, {"first-agent", 1, 99'999},
        {"duration", 1, 7 * 86400}, {"ramp", 0, 86400}, {"call-every", 1, 86400},
        {"compress", 0.01, 100'000}, {"connections", 1, 10'000}, {"seed", 0, 4294967295.0},
        {"timeout", 0.1, 600}, {"attempts", 1, 100}, {"poll-every", 0, 3600},
        {"heartbeat-every", 1, 3600}, {"step", 5, 3600}, {"step-factor", 1.01, 100},
        {"goal-p95", 1, 100'000}, {"settle", 0, 86400}};
    for (const Number &n : numbers)
        value(n.name, "n");
    p.addOption(QCommandLineOption(QStringLiteral("find-max")));
    p.addOption(QCommandLineOption(QStringLiteral("quiet")));
    p.addOption(QCommandLineOption(QStringLiteral("help")));
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        *error = QString();
        return false;
    }
    if (!p.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument %1").arg(p.positionalArguments().first());
        return false;
    }
    double got[std::size(numbers)];
    for (size_t i = 0; i < std::size(numbers); ++i) {
        const QString name = QLatin1String(numbers[i].name);
        got[i] = -1;
        if (!p.isSet(name))
            continue;
        bool ok = false;
        got[i] = p.value(name).toDouble(&ok);
        if (!ok || got[i] < numbers[i].min || got[i] > numbers[i].max) {
            *error = QStringLiteral("--%1 must be a number from %2 to %3")
                         .arg(name)
                         .arg(numbers[i].min)
                         .arg(numbers[i].max);
            return false;
        }
    }
    const auto set = [&](int i, auto *field) {
        if (got[i] >= 0)
            *field = std::remove_reference_t<decltype(*field)>(got[i]);
    };
    set(0, &o->agents);
    set(1, &o->firstAgent);
    set(2, &o->durationS);
    set(3, &o->rampS);
    set(4, &o->callEveryS);
    set(5, &o->compress);
    set(6, &o->connections);
    set(7, &o->seed);
    set(8, &o->timeoutS);
    set(9, &o->maxAttempts);
    set(10, &o->pollEveryS);
    set(11, &o->heartbeatEveryS);
    set(12, &o->stepS);
    set(13, &o->stepFactor);
    set(14, &o->goalP95Ms);
    set(15, &o->settleS);
    o->url = QUrl(p.value(QStringLiteral("url")));
    o->caFile = p.value(QStringLiteral("ca"));
    o->phonesFile = p.value(QStringLiteral("phones"));
    o->acksFile = p.value(QStringLiteral("acks"));
    o->jsonFile = p.value(QStringLiteral("json"));
    if (p.isSet(QStringLiteral("password")))
        o->password = p.value(QStringLiteral("password"));
    o->smsLogs = p.values(QStringLiteral("sms-log"));
    for (const QString &pid : p.values(QStringLiteral("server-pid"))) {
        bool ok = false;
        const qint64 n = pid.toLongLong(&ok);
        if (!ok || n <= 0) {
            *error = QStringLiteral("--server-pid: %1 is not a process id").arg(pid);
            return false;
        }
        o->serverPids.append(n);
    }
    if (p.isSet(QStringLiteral("client")))
        o->client = p.value(QStringLiteral("client"));
    if (o->client != QLatin1String("raw") && o->client != QLatin1String("qnam")) {
        *error = QStringLiteral("--client must be raw or qnam");
        return false;
    }
    o->findMax = p.isSet(QStringLiteral("find-max"));
    o->quiet = p.isSet(QStringLiteral("quiet"));
    if (!o->url.isValid() || o->url.scheme() != QLatin1String("https") || o->url.host().isEmpty()) {
        *error = QStringLiteral("--url must be https://HOST:PORT");
        return false;
    }
    if (o->caFile.isEmpty() || o->agents <= 0 || o->phonesFile.isEmpty()) {
        *error = QStringLiteral("--url, --ca, --agents and --phones are required");
        return false;
    }
    if (o->smsLogs.isEmpty()) {
        *error = QStringLiteral(
            "--sms-log is required: the caller's verification code is read from it");
        return false;
    }
    if (o->firstAgent + o->agents - 1 > 99'999) {
        *error = QStringLiteral("--first-agent + --agents goes past floor99999");
        return false;
    }
    if (o->rampS < 0)
        o->rampS = qMax(10.0, o->agents / 100.0);
    if (o->rampS + o->settleS >= o->durationS) {
        *error = QStringLiteral("--ramp plus --settle must be shorter than --duration (the "
                                "figures are taken after both)");
        return false;
    }
    return true;
}

} // namespace FloorSim
