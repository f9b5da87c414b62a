#include "Database.h"
#include "DemoDataGenerator.h"
#include "ServerConfig.h"
#include "ServerContext.h"
#include "ServerInstance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>

using namespace WalletDesk::Server;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "walletdesk-server: %s\n", qPrintable(message));
    return 1;
}

void quitOnSignal(int)
{
    QCoreApplication::quit();
}

// Every connection is a file descriptor: take all the process may have, so
// that the per-address cap, not the default soft limit of 1024, decides.
void raiseFileLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Per-request lines are debug output: off unless QT_LOGGING_RULES asks for them.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("walletdesk.*.debug=false"));
    QCoreApplication::setApplicationName(QStringLiteral("walletdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WALLETDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("WalletDesk reference backend: the HTTPS API the console syncs with."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"),
        QStringLiteral("SQLite file or postgres://user@host:port/db URL."), QStringLiteral("spec"),
        QStringLiteral("walletdesk.db"));
    const QCommandLineOption bindOpt(QStringLiteral("bind"),
        QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("address"),
        QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOpt(QStringLiteral("port"),
        QStringLiteral("TCP port (default 8443; 0 picks a free one)."), QStringLiteral("port"),
        QStringLiteral("8443"));
    const QCommandLineOption certOpt(QStringLiteral("cert"),
        QStringLiteral("PEM certificate (chain) file."), QStringLiteral("file"));
    const QCommandLineOption keyOpt(
        QStringLiteral("key"), QStringLiteral("PEM private key file."), QStringLiteral("file"));
    const QCommandLineOption smsOpt(QStringLiteral("sms-log"),
        QStringLiteral("File the simulated SMS gateway appends messages to (JSON lines)."),
        QStringLiteral("file"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"),
        QStringLiteral("Server threads sharing the port (default 1)."), QStringLiteral("n"),
        QStringLiteral("1"));
    const QCommandLineOption accessTtlOpt(QStringLiteral("access-ttl"),
        QStringLiteral("Access token lifetime in seconds."), QStringLiteral("seconds"),
        QStringLiteral("900"));
    const QCommandLineOption refreshTtlOpt(QStringLiteral("refresh-ttl"),
        QStringLiteral("Refresh token lifetime in seconds."), QStringLiteral("seconds"),
        QStringLiteral("43200"));
    const QCommandLineOption verifiedTtlOpt(QStringLiteral("verified-ttl"),
        QStringLiteral("How long a verified caller stays verified, in seconds."),
        QStringLiteral("seconds"), QStringLiteral("900"));
    const QCommandLineOption codeTtlOpt(QStringLiteral("code-ttl"),
        QStringLiteral("How long a one-time code sent to a caller is valid, in seconds."),
        QStringLiteral("seconds"), QStringLiteral("300"));
    const QCommandLineOption maxBodyOpt(QStringLiteral("max-body"),
        QStringLiteral("Largest accepted request body in bytes."), QStringLiteral("bytes"),
        QStringLiteral("65536"));
    const QCommandLineOption handshakeOpt(QStringLiteral("handshake-timeout"),
        QStringLiteral("Seconds a connection has to complete its TLS handshake (default 10)."),
        QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption headerTimeoutOpt(QStringLiteral("header-timeout"),
        QStringLiteral("Seconds a request's line and headers have to arrive, from their first byte "
                       "(and from the handshake for a connection's first request; default 10)."),
        QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption bodyTimeoutOpt(QStringLiteral("body-timeout"),
        QStringLiteral("Seconds a request body has to arrive, plus one for each --body-min-rate "
                       "bytes received (default 10)."),
        QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption bodyRateOpt(QStringLiteral("body-min-rate"),
        QStringLiteral(
            "Bytes per second a request body must keep up after --body-timeout (default 1024)."),
        QStringLiteral("bytes"), QStringLiteral("1024"));
    const QCommandLineOption idleTimeoutOpt(QStringLiteral("idle-timeout"),
        QStringLiteral(
            "Seconds a keep-alive connection may wait for its next request (default 60)."),
        QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption maxHeaderOpt(QStringLiteral("max-header"),
        QStringLiteral("Largest accepted request line and headers in bytes (default 32768)."),
        QStringLiteral("bytes"), QStringLiteral("32768"));
    const QCommandLineOption perAddressOpt(QStringLiteral("max-connections-per-address"),
        QStringLiteral(
            "Open connections allowed from one client address; 0: no cap (default 256)."),
        QStringLiteral("n"), QStringLiteral("256"));
    const QCommandLineOption pbkdf2Opt(QStringLiteral("pbkdf2-iterations"),
        QStringLiteral("PBKDF2 iterations for new password hashes."), QStringLiteral("n"),
        QStringLiteral("50000"));
    const QCommandLineOption generateOpt(QStringLiteral("generate"),
        QStringLiteral("Fill an empty store with demo data, then exit."));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Demo data seed."),
        QStringLiteral("n"), QStringLiteral("20261126"));
    const QCommandLineOption accountsOpt(QStringLiteral("accounts"),
        QStringLiteral("Demo accounts to generate."), QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption txOpt(QStringLiteral("transactions"),
        QStringLiteral("Demo transactions to generate."), QStringLiteral("n"),
        QStringLiteral("500000"));
    const QCommandLineOption nowOpt(QStringLiteral("now"),
        QStringLiteral("Reference time of the demo data (ISO 8601; default now)."),
        QStringLiteral("datetime"));
    const QCommandLineOption agentsOpt(
        QStringLiteral("demo-agents"), QStringLiteral("Create the demo sign-ins, then exit."));
    parser.addOptions({dbOpt, bindOpt, portOpt, certOpt, keyOpt, smsOpt, threadsOpt, accessTtlOpt,
        refreshTtlOpt, verifiedTtlOpt, codeTtlOpt, maxBodyOpt, handshakeOpt, headerTimeoutOpt,
        bodyTimeoutOpt, bodyRateOpt, idleTimeoutOpt, maxHeaderOpt, perAddressOpt, pbkdf2Opt,
        generateOpt, seedOpt, accountsOpt, txOpt, nowOpt, agentsOpt});
    AbuseLimits::addOptions(parser);
    parser.process(app);

    const auto number = [&](const QCommandLineOption &opt, qint64 min, qint64 max, qint64 *out) {
        bool ok = false;
        *out = parser.value(opt).toLongLong(&ok);
        return ok && *out >= min && *out <= max;
    };
    // Seconds with a fraction (tests use short deadlines), as milliseconds.
    const auto milliseconds = [&](const QCommandLineOption &opt, int *out) {
        bool ok = false;
        const double seconds = parser.value(opt).toDouble(&ok);
        *out = int(seconds * 1000);
        return ok && seconds >= 0.1 && seconds <= 3600;
    };
    ServerConfig config;
    config.database = parser.value(dbOpt);
    config.bindAddress = QHostAddress(parser.value(bindOpt));
    config.certificateFile = parser.value(certOpt);
    config.keyFile = parser.value(keyOpt);
    config.smsLogFile = parser.value(smsOpt);
    qint64 port, threads, accessTtl, refreshTtl, verifiedTtl, codeTtl, maxBody, iterations, seed,
        accounts, transactions;
    if (config.bindAddress.isNull())
        return fail(QStringLiteral("--bind: not an IP address"));
    if (!number(portOpt, 0, 65535, &port))
        return fail(QStringLiteral("--port must be 0 to 65535"));
    if (!number(threadsOpt, 1, 64, &threads))
        return fail(QStringLiteral("--threads must be 1 to 64"));
    if (!number(accessTtlOpt, 1, 86400, &accessTtl))
        return fail(QStringLiteral("--access-ttl must be 1 to 86400"));
    if (!number(refreshTtlOpt, 1, 30 * 86400, &refreshTtl))
        return fail(QStringLiteral("--refresh-ttl must be 1 to 2592000"));
    if (!number(verifiedTtlOpt, 1, 86400, &verifiedTtl))
        return fail(QStringLiteral("--verified-ttl must be 1 to 86400"));
    if (!number(codeTtlOpt, 1, 3600, &codeTtl))
        return fail(QStringLiteral("--code-ttl must be 1 to 3600"));
    if (!number(maxBodyOpt, 1024, 16 << 20, &maxBody))
        return fail(QStringLiteral("--max-body must be 1024 to 16777216"));
    qint64 bodyRate, maxHeader, perAddress;
    if (!milliseconds(handshakeOpt, &config.handshakeTimeoutMs))
        return fail(QStringLiteral("--handshake-timeout must be 0.1 to 3600"));
    if (!milliseconds(headerTimeoutOpt, &config.headerTimeoutMs))
        return fail(QStringLiteral("--header-timeout must be 0.1 to 3600"));
    if (!milliseconds(bodyTimeoutOpt, &config.bodyTimeoutMs))
        return fail(QStringLiteral("--body-timeout must be 0.1 to 3600"));
    if (!milliseconds(idleTimeoutOpt, &config.idleTimeoutMs))
        return fail(QStringLiteral("--idle-timeout must be 0.1 to 3600"));
    if (!number(bodyRateOpt, 1, 1 << 30, &bodyRate))
        return fail(QStringLiteral("--body-min-rate must be 1 to 1073741824"));
    if (!number(maxHeaderOpt, 1024, 1 << 20, &maxHeader))
        return fail(QStringLiteral("--max-header must be 1024 to 1048576"));
    if (!number(perAddressOpt, 0, 1'000'000, &perAddress))
        return fail(QStringLiteral("--max-connections-per-address must be 0 to 1000000"));
    if (!number(pbkdf2Opt, 1000, 10'000'000, &iterations))
        return fail(QStringLiteral("--pbkdf2-iterations must be 1000 to 10000000"));
    if (!number(seedOpt, 0, 0xffffffffLL, &seed))
        return fail(QStringLiteral("--seed must be 0 to 4294967295"));
    if (!number(accountsOpt, 3, 10'000'000, &accounts))
        return fail(QStringLiteral("--accounts must be 3 to 10000000"));
    if (!number(txOpt, 0, 100'000'000, &transactions))
        return fail(QStringLiteral("--transactions must be 0 to 100000000"));
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
    if (QString error; !config.limits.readOptions(parser, &error))
        return fail(error);

    try {
        ServerContext setup(Database::open(config.database, QStringLiteral("setup")), config);
        setup.db().migrate();
        if (parser.isSet(generateOpt) || parser.isSet(agentsOpt)) {
            if (parser.isSet(agentsOpt)) {
                DemoDataGenerator::createDemoAgents(setup);
            } else {
                DemoDataGenerator::Options options;
                options.seed = quint32(seed);
                options.accounts = int(accounts);
                options.transactions = transactions;
                if (parser.isSet(nowOpt)) {
                    options.now = QDateTime::fromString(parser.value(nowOpt), Qt::ISODate);
                    if (!options.now.isValid())
                        return fail(QStringLiteral("--now: not an ISO 8601 date and time"));
                }
                DemoDataGenerator generator(setup, options);
                generator.run([](const QString &stage, qint64 done, qint64 total) {
                    std::fprintf(
                        stderr, "generating %s: %lld / %lld\n", qPrintable(stage), done, total);
                });
            }
            Database db = setup.db();
            db.close();
            return 0;
        }
        Database db = setup.db();
        db.close();
    } catch (const DatabaseError &e) {
        return fail(QString::fromStdString(e.what()));
    }
    if (config.certificateFile.isEmpty() || config.keyFile.isEmpty())
        return fail(
            QStringLiteral("HTTPS only: give --cert and --key (scripts/dev-cert.sh makes a pair)"));

    raiseFileLimit();
    std::signal(SIGTERM, quitOnSignal);
    std::signal(SIGINT, quitOnSignal);

    // Instance 0 runs on the main thread; the others each on their own.
    std::vector<std::unique_ptr<QThread>> threadsList;
    std::vector<ServerInstance *> instances;
    QString error;
    const bool shared = config.threads > 1;
    quint16 actualPort = config.port;
    for (int i = 0; i < config.threads; ++i) {
        qintptr fd = -1;
        if (shared) {
            fd = ServerInstance::makeSharedListener(config.bindAddress, actualPort, &error);
            if (fd < 0)
                return fail(error);
        }
        auto *instance = new ServerInstance(config);
        if (i == 0) {
            actualPort = instance->start(&error, fd);
            if (!actualPort)
                return fail(error);
            if (shared && config.port == 0)
                return fail(QStringLiteral("--threads above 1 needs a fixed --port"));
        } else {
            auto thread = std::make_unique<QThread>();
            instance->moveToThread(thread.get());
            QObject::connect(thread.get(), &QThread::finished, instance, &QObject::deleteLater);
            QObject::connect(thread.get(), &QThread::started, instance, [instance, fd] {
                QString threadError;
                if (!instance->start(&threadError, fd))
                    std::fprintf(
                        stderr, "walletdesk-server: worker failed: %s\n", qPrintable(threadError));
            });
            thread->start();
            threadsList.push_back(std::move(thread));
        }
        instances.push_back(instance);
    }
    // Tests and scripts wait for this line to learn the port.
    std::printf("walletdesk-server listening on https://%s:%u/ (%d thread%s)\n",
        qPrintable(config.bindAddress.toString()), actualPort, config.threads,
        config.threads > 1 ? "s" : "");
    std::fflush(stdout);
    const int rc = app.exec();
    for (auto &thread : threadsList) {
        thread->quit();
        thread->wait();
    }
    delete instances.front();
    return rc;
}
