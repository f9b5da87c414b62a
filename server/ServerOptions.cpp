#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace WalletDesk::Server {

namespace {

struct Setting
{
    const char *name;
    const char *valueName;
    const char *help;
    const char *defaultValue; // nullptr: none (empty)
    bool path; // relative to the configuration file's folder when set there
    bool admin; // also an option of the administration commands
};

const Setting settingTable[] = {
    {"db", "spec", "SQLite file or postgres://user@host:port/db URL.", "walletdesk.db", true, true},
    {"bind", "address", "Address to listen on (default 127.0.0.1).", "127.0.0.1", false, false},
    {"port", "port", "TCP port (default 8443; 0 picks a free one).", "8443", false, false},
    {"cert", "file", "PEM certificate (chain) file; SIGHUP reads it again.", nullptr, true, false},
    {"key", "file", "PEM private key file; SIGHUP reads it again.", nullptr, true, false},
    {"sms-log", "file", "File the simulated SMS gateway appends messages to (JSON lines).", nullptr,
        true, false},
    {"threads", "n", "Server threads sharing the port (default 1).", "1", false, false},
    {"access-ttl", "seconds", "Access token lifetime in seconds.", "900", false, false},
    {"refresh-ttl", "seconds", "Refresh token lifetime in seconds.", "43200", false, false},
    {"verified-ttl", "seconds", "How long a verified caller stays verified, in seconds.", "900",
        false, false},
    {"code-ttl", "seconds", "How long a one-time code sent to a caller is valid, in seconds.",
        "300", false, false},
    {"max-body", "bytes", "Largest accepted request body in bytes.", "65536", false, false},
    {"handshake-timeout", "seconds",
        "Seconds a connection has to complete its TLS handshake (default 10).", "10", false, false},
    {"header-timeout", "seconds",
        "Seconds a request's line and headers have to arrive, from their first byte (and from "
        "the handshake for a connection's first request; default 10).",
        "10", false, false},
    {"body-timeout", "seconds",
        "Seconds a request body has to arrive, plus one for each --body-min-rate bytes received "
        "(default 10).",
        "10", false, false},
    {"body-min-rate", "bytes",
        "Bytes per second a request body must keep up after --body-timeout (default 1024).", "1024",
        false, false},
    {"idle-timeout", "seconds",
        "Seconds a keep-alive connection may wait for its next request (default 60).", "60", false,
        false},
    {"max-header", "bytes", "Largest accepted request line and headers in bytes (default 32768).",
        "32768", false, false},
    {"max-connections-per-address", "n",
        "Open connections allowed from one client address; 0: no cap (default 256).", "256", false,
        false},
    {"metrics-port", "port",
        "Serve /metrics (Prometheus text format, plain HTTP) on this port; unset: no metrics "
        "listener (0 picks a free one).",
        nullptr, false, false},
    {"metrics-address", "address",
        "Address of the metrics listener (default 127.0.0.1; any other than loopback needs "
        "--metrics-allow-remote yes).",
        "127.0.0.1", false, false},
    {"metrics-allow-remote", "yes|no",
        "Let --metrics-address be other than loopback: the metrics are served without sign-in "
        "(default no).",
        "no", false, false},
    {"pbkdf2-iterations", "n", "PBKDF2 iterations for new password hashes.", "50000", false, true},
    {"seed", "n", "Demo data seed.", "20261126", false, false},
    {"accounts", "n", "Demo accounts to generate.", "10000", false, false},
    {"transactions", "n", "Demo transactions to generate.", "500000", false, false},
    {"now", "datetime", "Reference time of the demo data (ISO 8601; default now).", nullptr, false,
        false},
};

// The metrics listener's settings; whether they go together is checked once
// all are read (checkMetrics), as a settings file gives them one by one.
bool applyMetrics(const QCommandLineParser &values, ServerConfig *config, QString *error)
{
    const QString port = values.value(QStringLiteral("metrics-port"));
    config->metricsEnabled = !port.isEmpty();
    bool ok = true;
    const uint number = config->metricsEnabled ? port.toUInt(&ok) : 0;
    if (!ok || number > 65535) {
        *error = QStringLiteral("--metrics-port must be 0 to 65535");
        return false;
    }
    config->metricsPort = quint16(number);
    config->metricsAddress = QHostAddress(values.value(QStringLiteral("metrics-address")));
    if (config->metricsAddress.isNull()) {
        *error = QStringLiteral("--metrics-address: not an IP address");
        return false;
    }
    const QString remote = values.value(QStringLiteral("metrics-allow-remote"));
    if (remote != QLatin1String("yes") && remote != QLatin1String("no")) {
        *error = QStringLiteral("--metrics-allow-remote must be yes or no");
        return false;
    }
    config->metricsAllowRemote = remote == QLatin1String("yes");
    return true;
}

bool checkMetrics(const ServerConfig &config, QString *error)
{
    if (!config.metricsEnabled)
        return true;
    if (!config.metricsAddress.isLoopback() && !config.metricsAllowRemote) {
        *error = QStringLiteral("--metrics-address %1 is not a loopback address: the metrics are "
                                "served without sign-in; add --metrics-allow-remote yes if a "
                                "firewall keeps that port to the scraper")
                     .arg(config.metricsAddress.toString());
        return false;
    }
    if (config.metricsPort != 0 && config.metricsPort == config.port) {
        *error = QStringLiteral("--metrics-port must differ from --port");
        return false;
    }
    return true;
}

QCommandLineOption optionOf(const Setting &s)
{
    return QCommandLineOption(QLatin1String(s.name), QLatin1String(s.help),
        QLatin1String(s.valueName), s.defaultValue ? QLatin1String(s.defaultValue) : QString());
}

QCommandLineOption configOption()
{
    return QCommandLineOption(QStringLiteral("config"),
        QStringLiteral("Settings file (key = value lines; default %1 when it exists). Flags "
                       "override it.")
            .arg(QLatin1String(ServerOptions::defaultConfigFile)),
        QStringLiteral("file"));
}

// Tests and a second, hand-started server on a machine where the package
// installed /etc/walletdesk/server.conf: only the command line counts.
QCommandLineOption noConfigOption()
{
    return QCommandLineOption(QStringLiteral("no-config"),
        QStringLiteral("Read no settings file, not even %1.")
            .arg(QLatin1String(ServerOptions::defaultConfigFile)));
}

void addSettings(QCommandLineParser &parser)
{
    for (const Setting &s : settingTable)
        parser.addOption(optionOf(s));
    AbuseLimits::addOptions(parser);
}

const Setting *settingNamed(const QString &name)
{
    for (const Setting &s : settingTable)
        if (name == QLatin1String(s.name))
            return &s;
    return nullptr;
}

} // namespace

void ServerOptions::addServerOptions(QCommandLineParser &parser)
{
    parser.addOption(configOption());
    parser.addOption(noConfigOption());
    addSettings(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("generate"),
        QStringLiteral("Fill an empty store with demo data (demo sign-ins included), then exit.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("demo-agents"), QStringLiteral("Create the demo sign-ins, then exit.")));
    // The floor simulator's sign-ins (bench/floor): a one-off job like
    // --generate, so a flag and not a setting of the file.
    parser.addOption(QCommandLineOption(QStringLiteral("floor-agents"),
        QStringLiteral("Create (or reset) the simulated agents floor00001 .. floorN, password "
                       "\"floor-demo-password\" (demo data), after --generate or on their own "
                       "in an existing store, then exit."),
        QStringLiteral("n")));
}

void ServerOptions::addAdminOptions(QCommandLineParser &parser)
{
    parser.addOption(configOption());
    parser.addOption(noConfigOption());
    for (const Setting &s : settingTable)
        if (s.admin)
            parser.addOption(optionOf(s));
}

bool ServerOptions::isSetting(const QString &name)
{
    // The abuse limits keep their own table (AbuseLimits.cpp): ask a parser
    // that knows both whether the name is an option that takes a value.
    QCommandLineParser probe;
    addSettings(probe);
    return probe.parse({QStringLiteral("walletdesk-server"), QStringLiteral("--%1=0").arg(name)});
}

bool ServerOptions::readFile(const QString &path, QList<FileSetting> *settings, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QDir folder = QFileInfo(path).absoluteDir();
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto where = [&] { return QStringLiteral("%1:%2: ").arg(path).arg(number); };
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0) {
            *error = where() + QStringLiteral("expected key = value");
            return false;
        }
        FileSetting s {line.left(equals).trimmed(), line.mid(equals + 1).trimmed(), number};
        if (!isSetting(s.key)) {
            *error = where() + QStringLiteral("unknown setting \"%1\"").arg(s.key);
            return false;
        }
        if (s.value.isEmpty()) {
            *error = where() + QStringLiteral("%1 has no value").arg(s.key);
            return false;
        }
        for (const FileSetting &earlier : std::as_const(*settings)) {
            if (earlier.key == s.key) {
                *error = where()
                    + QStringLiteral("%1 is already set on line %2").arg(s.key).arg(earlier.line);
                return false;
            }
        }
        const Setting *known = settingNamed(s.key);
        if (known && known->path && !s.value.contains(QLatin1String("://")))
            s.value = QDir::cleanPath(folder.absoluteFilePath(s.value));
        // Checked on its own, so that a bad value names its line.
        QCommandLineParser probe;
        addSettings(probe);
        probe.parse(
            {QStringLiteral("walletdesk-server"), QStringLiteral("--%1=%2").arg(s.key, s.value)});
        Settings checked;
        if (QString why; !apply(probe, &checked, &why)) {
            *error = where() + (why.startsWith(QLatin1String("--")) ? why.mid(2) : why);
            return false;
        }
        settings->append(s);
    }
    return true;
}

bool ServerOptions::read(const QCommandLineParser &flags, Settings *settings, QString *error)
{
    QString path;
    const bool noFile = flags.isSet(QStringLiteral("no-config"));
    if (noFile && flags.isSet(QStringLiteral("config"))) {
        *error = QStringLiteral("--config and --no-config do not go together");
        return false;
    }
    if (flags.isSet(QStringLiteral("config")))
        path = flags.value(QStringLiteral("config"));
    else if (!noFile && QFileInfo::exists(QLatin1String(defaultConfigFile)))
        path = QLatin1String(defaultConfigFile);
    QList<FileSetting> fromFile;
    if (!path.isEmpty() && !readFile(path, &fromFile, error))
        return false;

    // The file's values first and the flags after them: the last value of
    // an option counts.
    QStringList arguments {QStringLiteral("walletdesk-server")};
    for (const FileSetting &s : std::as_const(fromFile))
        arguments << QStringLiteral("--%1=%2").arg(s.key, s.value);
    QStringList seen;
    for (const QString &name : flags.optionNames()) {
        if (seen.contains(name) || !isSetting(name))
            continue;
        seen << name;
        arguments << QStringLiteral("--%1=%2").arg(name, flags.value(name));
    }
    QCommandLineParser merged;
    addSettings(merged);
    if (!merged.parse(arguments)) {
        *error = merged.errorText();
        return false;
    }
    settings->configFile = path;
    return apply(merged, settings, error) && checkMetrics(settings->config, error);
}

bool ServerOptions::apply(const QCommandLineParser &values, Settings *settings, QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    const auto number = [&](const char *name, qint64 min, qint64 max, qint64 *out) {
        bool ok = false;
        *out = values.value(QLatin1String(name)).toLongLong(&ok);
        if (ok && *out >= min && *out <= max)
            return true;
        *error = QStringLiteral("--%1 must be %2 to %3").arg(QLatin1String(name)).arg(min).arg(max);
        return false;
    };
    // Seconds with a fraction (tests use short deadlines), as milliseconds.
    const auto milliseconds = [&](const char *name, int *out) {
        bool ok = false;
        const double seconds = values.value(QLatin1String(name)).toDouble(&ok);
        *out = int(seconds * 1000);
        if (ok && seconds >= 0.1 && seconds <= 3600)
            return true;
        *error = QStringLiteral("--%1 must be 0.1 to 3600").arg(QLatin1String(name));
        return false;
    };
    ServerConfig &config = settings->config;
    config.database = values.value(QStringLiteral("db"));
    config.bindAddress = QHostAddress(values.value(QStringLiteral("bind")));
    config.certificateFile = values.value(QStringLiteral("cert"));
    config.keyFile = values.value(QStringLiteral("key"));
    config.smsLogFile = values.value(QStringLiteral("sms-log"));
    if (config.database.isEmpty())
        return fail(QStringLiteral("--db: no store given"));
    if (config.bindAddress.isNull())
        return fail(QStringLiteral("--bind: not an IP address"));
    qint64 port, threads, accessTtl, refreshTtl, verifiedTtl, codeTtl, maxBody, iterations, seed,
        accounts, transactions, bodyRate, maxHeader, perAddress;
    if (!number("port", 0, 65535, &port) || !number("threads", 1, 64, &threads)
        || !number("access-ttl", 1, 86400, &accessTtl)
        || !number("refresh-ttl", 1, 30 * 86400, &refreshTtl)
        || !number("verified-ttl", 1, 86400, &verifiedTtl) || !number("code-ttl", 1, 3600, &codeTtl)
        || !number("max-body", 1024, 16 << 20, &maxBody)
        || !milliseconds("handshake-timeout", &config.handshakeTimeoutMs)
        || !milliseconds("header-timeout", &config.headerTimeoutMs)
        || !milliseconds("body-timeout", &config.bodyTimeoutMs)
        || !milliseconds("idle-timeout", &config.idleTimeoutMs)
        || !number("body-min-rate", 1, 1 << 30, &bodyRate)
        || !number("max-header", 1024, 1 << 20, &maxHeader)
        || !number("max-connections-per-address", 0, 1'000'000, &perAddress)
        || !number("pbkdf2-iterations", 1000, 10'000'000, &iterations)
        || !number("seed", 0, 0xffffffffLL, &seed) || !number("accounts", 3, 10'000'000, &accounts)
        || !number("transactions", 0, 100'000'000, &transactions))
        return false;
    config.port = quint16(port);
    config.threads = int(threads);
    config.accessTokenSeconds = int(accessTtl);
    config.refreshTokenSeconds = int(refreshTtl);
    config.verifiedSeconds = int(verifiedTtl);
    config.codeSeconds = int(codeTtl);
    config.maxBodyBytes = maxBody;
    config.pbkdf2Iterations = int(iterations);
    config.bodyMinRate = int(bodyRate);
    config.maxHeaderBytes = int(maxHeader);
    config.maxConnectionsPerAddress = int(perAddress);
    if (!config.limits.readOptions(values, error) || !applyMetrics(values, &config, error))
        return false;

    DemoDataGenerator::Options &demo = settings->demo;
    demo.seed = quint32(seed);
    demo.accounts = int(accounts);
    demo.transactions = transactions;
    if (const QString now = values.value(QStringLiteral("now")); !now.isEmpty()) {
        demo.now = QDateTime::fromString(now, Qt::ISODate);
        if (!demo.now.isValid())
            return fail(QStringLiteral("--now: not an ISO 8601 date and time"));
    }
    return true;
}

} // namespace WalletDesk::Server
