#include "AdminCommand.h"
#include "CertificateReload.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "Metrics.h"
#include "MetricsListener.h"
#include "ServerContext.h"
#include "ServerInstance.h"
#include "ServerLog.h"
#include "ServerOptions.h"
#include "SignalPipe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QThread>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>

using namespace WalletDesk::Server;

namespace {

int fail(const QString &message)
{
    // Through the log's safety net: a message may quote a settings value or a driver's error.
    std::fprintf(stderr, "walletdesk-server: %s\n", qPrintable(ServerLog::scrub(message)));
    return 1;
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

QString describe(const QSslCertificate &certificate)
{
    return QStringLiteral("serial %1, valid until %2")
        .arg(QString::fromLatin1(certificate.serialNumber()),
            certificate.expiryDate().toUTC().toString(Qt::ISODate));
}

// --floor-agents N, checked before anything is opened; -1 when malformed.
int floorAgentCount(const QCommandLineParser &parser)
{
    bool ok = false;
    const int n = parser.value(QStringLiteral("floor-agents")).toInt(&ok);
    return ok && n >= 1 && n <= DemoDataGenerator::maxFloorAgents ? n : -1;
}

// Migrates the store and, when asked, fills it; true when that was the job.
bool prepareStore(const QCommandLineParser &parser, const ServerOptions::Settings &settings)
{
    ServerContext setup(
        Database::open(settings.config.database, QStringLiteral("setup")), settings.config);
    setup.db().migrate();
    const bool generate = parser.isSet(QStringLiteral("generate"));
    const bool demoAgents = parser.isSet(QStringLiteral("demo-agents"));
    const bool floorAgents = parser.isSet(QStringLiteral("floor-agents"));
    const auto progress = [](const QString &stage, qint64 done, qint64 total) {
        std::fprintf(stderr, "generating %s: %lld / %lld\n", qPrintable(stage), done, total);
    };
    if (demoAgents) {
        DemoDataGenerator::createDemoAgents(setup);
    } else if (generate) {
        DemoDataGenerator generator(setup, settings.demo);
        generator.run(progress);
    }
    if (floorAgents)
        DemoDataGenerator::createFloorAgents(setup, floorAgentCount(parser), progress);
    Database db = setup.db();
    db.close();
    return generate || demoAgents || floorAgents;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("walletdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WALLETDESK_VERSION));
    ServerLog::install();
    // Per-request lines are debug output: off unless QT_LOGGING_RULES asks for them.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("walletdesk.*.debug=false"));
    if (QCoreApplication::arguments().value(1) == QLatin1String("admin"))
        return AdminCommand::run(QCoreApplication::arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "WalletDesk reference backend: the HTTPS API the console syncs with.\n"
        "Every option that takes a value can also be set in the settings file as "
        "\"name = value\" (see --config).\n"
        "SIGHUP reads --cert and --key again; open connections keep the old pair.\n"
        "Administration (create-user, backup, restore): walletdesk-server admin --help\n"
        "(a password is never an option: create-user reads it from the terminal or stdin)."));
    parser.addHelpOption();
    parser.addVersionOption();
    ServerOptions::addServerOptions(parser);
    parser.process(app);
    ServerOptions::Settings settings;
    if (QString error; !ServerOptions::read(parser, &settings, &error))
        return fail(error);
    const ServerConfig &config = settings.config;

    // The pair first: a start refused for it leaves no store behind.
    const bool serving = !parser.isSet(QStringLiteral("generate"))
        && !parser.isSet(QStringLiteral("demo-agents"))
        && !parser.isSet(QStringLiteral("floor-agents"));
    if (parser.isSet(QStringLiteral("floor-agents")) && floorAgentCount(parser) < 0)
        return fail(QStringLiteral("--floor-agents must be 1 to %1")
                        .arg(DemoDataGenerator::maxFloorAgents));
    if (serving && (config.certificateFile.isEmpty() || config.keyFile.isEmpty()))
        return fail(
            QStringLiteral("HTTPS only: give --cert and --key (scripts/dev-cert.sh makes a pair)"));
    if (QString why; serving && !CertificateReload::checkAtStart(config, &why))
        return fail(why);
    try {
        if (prepareStore(parser, settings))
            return 0;
    } catch (const DatabaseError &e) {
        return fail(QString::fromStdString(e.what()));
    }
    raiseFileLimit();
    SignalPipe signalPipe({SIGTERM, SIGINT, SIGHUP});

    // /metrics first, on its own thread: a start refused for its port
    // leaves no API thread running.
    QThread metricsThread;
    struct Stop // on every way out of main, a refused start included
    {
        QThread &thread;
        ~Stop()
        {
            thread.quit();
            thread.wait();
        }
    } stopMetrics {metricsThread};
    quint16 metricsPort = 0;
    if (config.metricsEnabled) {
        Metrics::setEnabled(true);
        auto *listener = new MetricsListener(config);
        listener->moveToThread(&metricsThread);
        QObject::connect(&metricsThread, &QThread::finished, listener, &QObject::deleteLater);
        metricsThread.start();
        QString metricsError;
        QMetaObject::invokeMethod(
            listener, [&] { metricsPort = listener->start(&metricsError); },
            Qt::BlockingQueuedConnection);
        if (!metricsPort)
            return fail(metricsError);
    }

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
                    qCCritical(lcServer).noquote() << "worker failed:" << threadError;
            });
            thread->start();
            threadsList.push_back(std::move(thread));
        }
        instances.push_back(instance);
    }

    CertificateReload *reload = nullptr;
    QObject::connect(&signalPipe, &SignalPipe::received, &app, [&](int signalNumber) {
        if (signalNumber != SIGHUP) {
            qCInfo(lcServer).noquote()
                << "stopping on" << (signalNumber == SIGTERM ? "SIGTERM" : "SIGINT");
            QCoreApplication::quit();
            return;
        }
        if (reload) {
            qCWarning(lcServer) << "SIGHUP ignored: a certificate reload is still running";
            return;
        }
        reload = new CertificateReload(config, &app);
        QObject::connect(
            reload, &CertificateReload::succeeded, &app, [&](const QSslConfiguration &tls) {
                // Each instance takes the pair on its own thread; the line is
                // logged once the last has it (the main thread counts).
                auto pending = std::make_shared<int>(int(instances.size()));
                const auto applied = [pending, tls] {
                    if (--*pending == 0)
                        qCInfo(lcServer).noquote()
                            << "certificate reloaded:" << describe(tls.localCertificate())
                            << "(open connections keep the previous one)";
                };
                for (ServerInstance *instance : instances) {
                    QMetaObject::invokeMethod(instance, [instance, tls, applied, &app] {
                        instance->useTls(tls);
                        QMetaObject::invokeMethod(&app, applied);
                    });
                }
                reload->deleteLater();
                reload = nullptr;
            });
        QObject::connect(reload, &CertificateReload::failed, &app, [&](const QString &reason) {
            qCWarning(lcServer).noquote()
                << "certificate reload refused, still serving the previous one:" << reason;
            reload->deleteLater();
            reload = nullptr;
        });
        reload->start();
    });

    if (metricsPort)
        std::printf("walletdesk-server metrics on http://%s:%u/metrics\n",
            qPrintable(config.metricsAddress.toString()), metricsPort);
    // Tests and scripts wait for this line on stdout to learn the port.
    std::printf("walletdesk-server listening on https://%s:%u/ (%d thread%s)\n",
        qPrintable(config.bindAddress.toString()), actualPort, config.threads,
        config.threads > 1 ? "s" : "");
    std::fflush(stdout);
    qCInfo(lcServer).noquote()
        << QStringLiteral("started %1: https://%2:%3/, %4 thread(s), %5 store, settings from %6")
               .arg(QCoreApplication::applicationVersion(), config.bindAddress.toString())
               .arg(actualPort)
               .arg(config.threads)
               .arg(config.database.contains(QLatin1String("://")) ? QStringLiteral("PostgreSQL")
                                                                   : QStringLiteral("SQLite"),
                   settings.configFile.isEmpty() ? QStringLiteral("the command line")
                                                 : settings.configFile);
    const int rc = app.exec();
    for (auto &thread : threadsList) {
        thread->quit();
        thread->wait();
    }
    delete instances.front();
    qCInfo(lcServer) << "stopped";
    return rc;
}
