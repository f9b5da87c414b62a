#include "TestServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QUrl>

#include <csignal>
#include <sys/prctl.h>

TestServer::TestServer() = default;

TestServer::~TestServer()
{
    terminate();
}

QString TestServer::sourceDir()
{
    return qEnvironmentVariable("WALLETDESK_SOURCE_DIR");
}

QString TestServer::serverBinary()
{
    return qEnvironmentVariable("WALLETDESK_SERVER");
}

QString TestServer::certDir() const
{
    return m_certDir.isEmpty() ? m_dir.filePath(QStringLiteral("certs")) : m_certDir;
}

QString TestServer::caFile() const
{
    return certDir() + QStringLiteral("/ca.pem");
}

bool TestServer::attach(const TestServer &other, const QStringList &extraArgs, quint16 port)
{
    m_certDir = other.certDir();
    m_dbSpec = other.m_dbSpec;
    return start(extraArgs, port);
}

QList<QSslCertificate> TestServer::caCertificates() const
{
    return QSslCertificate::fromPath(caFile());
}

QSslConfiguration TestServer::serverTls() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QFile cert(certDir() + QStringLiteral("/server.pem"));
    QFile key(certDir() + QStringLiteral("/server.key"));
    cert.open(QIODevice::ReadOnly);
    key.open(QIODevice::ReadOnly);
    tls.setLocalCertificate(QSslCertificate(cert.readAll()));
    tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

QString TestServer::smsLogFile() const
{
    return m_dir.filePath(QStringLiteral("sms.log"));
}

QString TestServer::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

bool TestServer::isPostgres() const
{
    return qEnvironmentVariable("WALLETDESK_TEST_BACKEND") == QLatin1String("postgres");
}

bool TestServer::run(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(args.first(), args.mid(1));
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() != 0) {
        m_error = args.first() + QLatin1String(" failed: ") + QString::fromLocal8Bit(p.readAll());
        return false;
    }
    return true;
}

bool TestServer::createPostgresDatabase()
{
    // WALLETDESK_TEST_POSTGRES is "postgres://user@host:port" (scripts/test.sh starts that server).
    const QString base = qEnvironmentVariable("WALLETDESK_TEST_POSTGRES");
    if (base.isEmpty()) {
        m_error = QStringLiteral(
            "WALLETDESK_TEST_BACKEND=postgres needs WALLETDESK_TEST_POSTGRES; run scripts/test.sh");
        return false;
    }
    const QUrl url(base);
    const QString name
        = QStringLiteral("wd_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    {
        QSqlDatabase admin
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-admin"));
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open()) {
            m_error = QStringLiteral("cannot reach PostgreSQL at %1: %2")
                          .arg(base, admin.lastError().text());
            return false;
        }
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral(
                "CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
                        .arg(name))) {
            m_error = q.lastError().text();
            return false;
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-admin"));
    m_dbSpec = QStringLiteral("postgres://%1@%2:%3/%4")
                   .arg(url.userName(), url.host())
                   .arg(url.port(5432))
                   .arg(name);
    return true;
}

bool TestServer::prepare(const Options &options)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (serverBinary().isEmpty() || sourceDir().isEmpty()) {
        m_error = QStringLiteral(
            "WALLETDESK_SERVER and WALLETDESK_SOURCE_DIR must be set (ctest sets them)");
        return false;
    }
    if (!run({sourceDir() + QStringLiteral("/scripts/dev-cert.sh"), certDir()}, 30000))
        return false;
    if (isPostgres()) {
        if (!createPostgresDatabase())
            return false;
    } else {
        m_dbSpec = m_dir.filePath(QStringLiteral("walletdesk.db"));
    }
    if (!options.demoData)
        return true;
    // A fixed seed and reference time keep the data the same on every run.
    return run({serverBinary(), QStringLiteral("--no-config"), QStringLiteral("--db"), m_dbSpec,
                   QStringLiteral("--generate"), QStringLiteral("--accounts"),
                   QString::number(options.accounts), QStringLiteral("--transactions"),
                   QString::number(options.transactions), QStringLiteral("--pbkdf2-iterations"),
                   QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("7")},
        300000);
}

quint16 TestServer::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool TestServer::makeCertificate(const QString &name, const QStringList &options)
{
    return run(QStringList {sourceDir() + QStringLiteral("/scripts/dev-cert.sh"), certDir(),
                   QStringLiteral("--name"), name}
            + options,
        30000);
}

// Tests send codes to one test customer many times a minute; the real
// limits are tested where they are the subject (tst_serverhardening), by
// passing them again in extraArgs (the last value of an option counts).
QStringList TestServer::relaxedAbuseLimits()
{
    return {QStringLiteral("--sms-interval"), QStringLiteral("0"),
        QStringLiteral("--sms-per-account-hour"), QStringLiteral("1000"),
        QStringLiteral("--sms-per-agent-hour"), QStringLiteral("100000"),
        QStringLiteral("--question-failures-per-day"), QStringLiteral("1000")};
}

bool TestServer::start(const QStringList &extraArgs, quint16 port, const QString &certName)
{
    return launch(QStringList {QStringLiteral("--db"), m_dbSpec, QStringLiteral("--port"),
                      QString::number(port), QStringLiteral("--cert"),
                      certDir() + QLatin1Char('/') + certName + QStringLiteral(".pem"),
                      QStringLiteral("--key"),
                      certDir() + QLatin1Char('/') + certName + QStringLiteral(".key"),
                      QStringLiteral("--sms-log"), smsLogFile()}
        + relaxedAbuseLimits() + extraArgs);
}

bool TestServer::startWith(const QStringList &args)
{
    return launch(args);
}

QString TestServer::logFile() const
{
    return m_dir.filePath(QStringLiteral("server-stderr.log"));
}

QByteArray TestServer::log() const
{
    QFile file(logFile());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestServer::sendSignal(int signalNumber) const
{
    return m_process && m_process->state() == QProcess::Running
        && ::kill(pid_t(m_process->processId()), signalNumber) == 0;
}

QStringList TestServer::withoutHostConfig(const QStringList &args)
{
    if (args.contains(QLatin1String("--config")) || args.contains(QLatin1String("--no-config")))
        return args;
    // `walletdesk-server admin ...` must keep "admin" first.
    if (args.value(0) == QLatin1String("admin"))
        return args + QStringList {QStringLiteral("--no-config")};
    return QStringList {QStringLiteral("--no-config")} + args;
}

bool TestServer::launch(const QStringList &args)
{
    terminate();
    m_process = std::make_unique<QProcess>();
    // The server's log goes to a file, and the server dies with the test:
    // a crashed test must not leave a server holding ctest's pipes.
    m_process->setStandardErrorFile(logFile(), QIODevice::Append);
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(serverBinary(), withoutHostConfig(args));
    static const QRegularExpression listening(QStringLiteral("listening on https://[^:]+:(\\d+)/"));
    QByteArray out;
    while (m_process->waitForReadyRead(20000)) {
        out += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    const QByteArray said = log().right(2000);
    m_error = QStringLiteral("the server did not start: ") + QString::fromUtf8(out + said);
    return false;
}

void TestServer::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_process->processId()), SIGKILL);
        m_process->waitForFinished(10000);
    }
    m_process.reset();
}

void TestServer::terminate()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            kill();
    }
    m_process.reset();
}

QString TestServer::latestSmsCode() const
{
    return lastSmsCode({});
}

QString TestServer::lastSmsCode(const QString &phone) const
{
    QFile file(smsLogFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString code;
    static const QRegularExpression digits(QStringLiteral("(\\d{6})"));
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.isEmpty() && (phone.isEmpty() || o.value(QStringLiteral("to")).toString() == phone))
            code = digits.match(o.value(QStringLiteral("body")).toString()).captured(1);
    }
    return code;
}
