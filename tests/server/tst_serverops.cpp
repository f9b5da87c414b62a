// The server as an operator runs it: settings from a file under the flags,
// a certificate renewed with SIGHUP while clients stay connected, a log
// without secrets or customer identifiers, a first start on an empty store
// with an administrator made by `admin create-user`, and `admin backup` /
// `admin restore` of a store that is being written to. The real binary on
// real files throughout.
#include "ApiCaller.h"
#include "ServerLog.h"
#include "StoreSql.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslSocket>
#include <QThread>
#include <QUuid>
#include <QtTest>

#include <csignal>

using WalletDesk::Server::ServerLog::scrub;
using namespace Qt::StringLiterals;

namespace {

using StoreSql::column;
using StoreSql::execute;

struct Outcome
{
    int exitCode = -1;
    QByteArray output; // stdout and stderr
};

// Runs walletdesk-server to its end, with input on stdin (closed after).
Outcome runServer(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(TestServer::serverBinary(), TestServer::withoutHostConfig(args));
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool onPostgres()
{
    return qEnvironmentVariable("WALLETDESK_TEST_BACKEND") == QLatin1String("postgres");
}

// Locks a sign-in as failed attempts would, for an hour.
bool lock(const QString &file, const QString &username)
{
    const qint64 hourAhead = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
    return execute(file,
        QStringLiteral(
            "UPDATE agents SET failed_logins = 5, locked_until = %1 WHERE username = '%2'")
            .arg(hourAhead)
            .arg(username));
}

// Waits (briefly) until the process is stopped by a signal; false when it is gone.
bool waitUntilStopped(pid_t pid)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        // "pid (comm) S ...": the state follows the last ')'.
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const char state = close > 0 && close + 2 < line.size() ? line.at(close + 2) : '?';
        if (state == 'T' || state == 't')
            return true;
        if (state == 'Z' || state == 'X')
            return false;
        QThread::usleep(100);
    }
    return false;
}

// Whether the process has the file open.
bool hasOpen(pid_t pid, const QString &file)
{
    const QString target = QFileInfo(file).canonicalFilePath();
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot))
        if (QFileInfo(fds.filePath(fd)).symLinkTarget() == target)
            return true;
    return false;
}

bool waitForLog(const TestServer &server, const QByteArray &text, int count = 1)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000) {
        if (server.log().count(text) >= count)
            return true;
        QTest::qWait(50);
    }
    return false;
}

QSslConfiguration trusting(const TestServer &server)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(server.caCertificates());
    return tls;
}

// A connection that sends requests one after another on one TLS session.
class KeptConnection
{
public:
    bool open(const TestServer &server)
    {
        m_socket.setSslConfiguration(trusting(server));
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
        return m_socket.waitForEncrypted(10000);
    }
    int health()
    {
        m_socket.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (!answer.contains("\"ok\"") && timer.elapsed() < 10000
            && m_socket.state() == QAbstractSocket::ConnectedState) {
            m_socket.waitForReadyRead(100);
            answer += m_socket.readAll();
        }
        return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
    }
    QByteArray serial() const { return m_socket.peerCertificate().serialNumber(); }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    QSslSocket m_socket;
};

QByteArray serialOfNewConnection(const TestServer &server)
{
    KeptConnection c;
    return c.open(server) ? c.serial() : QByteArray("no handshake");
}

QByteArray serialOfFile(const QString &pem)
{
    const auto certs = QSslCertificate::fromPath(pem);
    return certs.isEmpty() ? QByteArray() : certs.first().serialNumber();
}

QJsonObject callRecord(const QString &callId)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-120);
    return {{QStringLiteral("callId"), callId},
        {QStringLiteral("callerNumber"), QStringLiteral("+8613800138000")},
        {QStringLiteral("accountId"), 1},
        {QStringLiteral("startedAt"), start.toString(Qt::ISODateWithMs)},
        {QStringLiteral("endedAt"), start.addSecs(60).toString(Qt::ISODateWithMs)},
        {QStringLiteral("wrapUpCode"), QStringLiteral("resolved_first_call")},
        {QStringLiteral("notes"), QStringLiteral("backup test")}};
}

const QByteArray adminPassword = "Orchid-Lantern-4417";

} // namespace

class TestServerOps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // On PostgreSQL (WALLETDESK_TEST_BACKEND=postgres) all but what is about
    // SQLite files: settings, refusals, create-user, SIGHUP, the log.
    void initTestCase()
    {
        TestServer::Options options;
        options.accounts = 300;
        options.transactions = 6000;
        QVERIFY2(m_demo.prepare(options), qPrintable(m_demo.errorString()));
    }

    void settingsFileUnderTheFlags()
    {
        TestServer s;
        TestServer::Options options;
        options.demoData = false;
        QVERIFY2(s.prepare(options), qPrintable(s.errorString()));
        const QString conf = s.filePath(QStringLiteral("etc/server.conf"));
        const quint16 filePort = TestServer::freePort();
        writeFile(conf,
            QStringLiteral("# relative paths are the file's folder's\n"
                           "db = %2\n"
                           "bind = 127.0.0.1\n"
                           "port = %1\n"
                           "cert = ../certs/server.pem\n"
                           "key=../certs/server.key\n"
                           "\n"
                           "   # the abuse limits too\n"
                           "sms-interval = 0\n")
                .arg(filePort)
                .arg(onPostgres() ? s.databaseSpec() : u"store.db"_s)
                .toUtf8());
        QVERIFY2(s.startWith({QStringLiteral("--config"), conf}), qPrintable(s.errorString()));
        QCOMPARE(s.port(), filePort);
        if (onPostgres())
            QCOMPARE(
                column(s.databaseSpec(), u"SELECT COUNT(*) FROM agents"_s), QStringList {u"0"_s});
        else
            QVERIFY(QFileInfo::exists(s.filePath(QStringLiteral("etc/store.db"))));
        ApiCaller caller(s.baseUrl(), s.caCertificates());
        QCOMPARE(caller.get(QStringLiteral("/api/v1/health")).status, 200);
        QVERIFY(s.log().contains(QByteArray(QByteArray("settings from ") + conf.toUtf8())));
        s.terminate();

        // A flag wins over the file.
        const quint16 flagPort = TestServer::freePort();
        QVERIFY2(s.startWith({QStringLiteral("--config"), conf, QStringLiteral("--port"),
                     QString::number(flagPort)}),
            qPrintable(s.errorString()));
        QCOMPARE(s.port(), flagPort);
        s.terminate();
        if (onPostgres())
            return; // the rest is about a file

        // The administration commands resolve the file's relative db the same way.
        const QString copy = s.filePath(QStringLiteral("copy.db"));
        const Outcome backup = runServer({QStringLiteral("admin"), QStringLiteral("backup"), copy,
            QStringLiteral("--config"), conf});
        QVERIFY2(backup.exitCode == 0, backup.output.constData());
        QVERIFY2(backup.output.contains(s.filePath(QStringLiteral("etc/store.db")).toUtf8()),
            backup.output.constData());
    }

    // The one rule (relative to the file's folder) and the package: the
    // shipped file names its store absolutely, in the unit's state directory,
    // the only place the sandbox lets the service write.
    void shippedSettingsNameTheStateDirectory()
    {
        const auto linesOf = [](const QString &path) {
            QFile file(TestServer::sourceDir() + path);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).split(u'\n')
                                                  : QStringList();
        };
        QString stateDirectory, db;
        for (const QString &line : linesOf(u"/resources/server/walletdesk-server.service"_s))
            if (line.startsWith(u"StateDirectory="_s))
                stateDirectory = line.mid(line.indexOf(u'=') + 1).trimmed();
        for (const QString &line : linesOf(u"/resources/server/server.conf"_s))
            if (line.startsWith(u"db"_s) && line.contains(u'='))
                db = line.mid(line.indexOf(u'=') + 1).trimmed();
        QVERIFY(!stateDirectory.isEmpty());
        QVERIFY(QDir::isAbsolutePath(db));
        QVERIFY2(db.startsWith(u"/var/lib/"_s + stateDirectory + u'/'), qPrintable(db));
    }

    void settingsFileErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key") << QByteArray("db = a.db\n\nprot = 8443\n")
                                     << QStringLiteral(":3: unknown setting \"prot\"");
        QTest::newRow("bad port") << QByteArray("# c\nport = 70000\n")
                                  << QStringLiteral(":2: port must be 0 to 65535");
        QTest::newRow("bad address")
            << QByteArray("bind = localhost\n") << QStringLiteral(":1: bind: not an IP address");
        QTest::newRow("abuse limit")
            << QByteArray("sms-per-account-hour = 0\n")
            << QStringLiteral(":1: sms-per-account-hour must be 1 to 1000");
        QTest::newRow("a flag is no setting")
            << QByteArray("generate = yes\n") << QStringLiteral(":1: unknown setting \"generate\"");
        QTest::newRow("no equals")
            << QByteArray("port 8443\n") << QStringLiteral(":1: expected key = value");
        QTest::newRow("twice") << QByteArray("port = 1\nport = 2\n")
                               << QStringLiteral(":2: port is already set on line 1");
        QTest::newRow("no value") << QByteArray("cert =\n")
                                  << QStringLiteral(":1: cert has no value");
    }

    void settingsFileErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString conf = dir.filePath(QStringLiteral("server.conf"));
        writeFile(conf, content);
        const Outcome o = runServer({QStringLiteral("--config"), conf});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.output.contains((conf + expected).toUtf8()), o.output.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("a.db"))));

        const Outcome missing
            = runServer({QStringLiteral("--config"), dir.filePath(u"none.conf"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.output.contains("none.conf"), missing.output.constData());
    }

    void refusalsPassTheLogsSafetyNet()
    {
        // A refusal quotes what it refuses; a phone number pasted into the
        // file's key must not reach the journal whole.
        QTemporaryDir dir;
        const QString conf = dir.filePath(QStringLiteral("server.conf"));
        writeFile(conf, QByteArray("13800138000 = 1\n"));
        for (const QStringList &args : {QStringList {QStringLiteral("--config"), conf},
                 QStringList {QStringLiteral("admin"), QStringLiteral("backup"),
                     dir.filePath(u"b.db"_s), QStringLiteral("--config"), conf}}) {
            const Outcome o = runServer(args);
            QCOMPARE(o.exitCode, 1);
            QVERIFY2(o.output.contains("unknown setting"), o.output.constData());
            QVERIFY2(!o.output.contains("13800138000"), o.output.constData());
        }
    }

    void noConfigAndConfigTogetherAreRefused()
    {
        QTemporaryDir dir;
        const QString conf = dir.filePath(QStringLiteral("server.conf"));
        writeFile(conf, QByteArray("port = 0\n"));
        for (const QStringList &args :
            {QStringList {QStringLiteral("--no-config"), QStringLiteral("--config"), conf},
                QStringList {QStringLiteral("admin"), QStringLiteral("backup"),
                    dir.filePath(u"b.db"_s), QStringLiteral("--config"), conf,
                    QStringLiteral("--no-config")}}) {
            const Outcome o = runServer(args);
            QCOMPARE(o.exitCode, 1);
            QVERIFY2(o.output.contains("--config and --no-config do not go together"),
                o.output.constData());
        }
    }

    void startRefusedForCertificatesLeavesNoStore_data()
    {
        QTest::addColumn<QStringList>("tls");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("none") << QStringList() << QByteArray("HTTPS only: give --cert and --key");
        QTest::newRow("missing files")
            << QStringList {QStringLiteral("--cert"), QStringLiteral("/nonexistent/server.pem"),
                   QStringLiteral("--key"), QStringLiteral("/nonexistent/server.key")}
            << QByteArray("/nonexistent/server");
    }

    void startRefusedForCertificatesLeavesNoStore()
    {
        QFETCH(QStringList, tls);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        TestServer store;
        TestServer::Options options;
        options.demoData = false;
        if (onPostgres())
            QVERIFY2(store.prepare(options), qPrintable(store.errorString()));
        const QString db
            = onPostgres() ? store.databaseSpec() : dir.filePath(QStringLiteral("store.db"));
        const Outcome o = runServer(
            QStringList {QStringLiteral("--db"), db, QStringLiteral("--port"), u"0"_s} + tls);
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.output.contains(expected), o.output.constData());
        QVERIFY(!o.output.contains("listening"));
        if (onPostgres())
            QCOMPARE(column(db,
                         u"SELECT COUNT(*) FROM information_schema.tables"
                         " WHERE table_schema = 'public'"_s),
                QStringList {u"0"_s});
        else
            QVERIFY(!QFileInfo::exists(db));
    }

    void firstStartIsEmptyAndCreateUserBootstrapsAnAdmin()
    {
        TestServer s;
        TestServer::Options options;
        options.demoData = false;
        QVERIFY2(s.prepare(options), qPrintable(s.errorString()));
        QVERIFY2(s.start(), qPrintable(s.errorString()));
        const QString db = s.databaseSpec();
        QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM agents")), QStringList {u"0"_s});
        QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM accounts")), QStringList {u"0"_s});
        ApiCaller caller(s.baseUrl(), s.caCertificates());
        QCOMPARE(
            caller.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")).status, 401);

        const QStringList create {QStringLiteral("admin"), QStringLiteral("create-user"),
            QStringLiteral("boss"), QStringLiteral("--role"), QStringLiteral("admin"),
            QStringLiteral("--display-name"), QStringLiteral("值班经理"), QStringLiteral("--db"),
            db, QStringLiteral("--pbkdf2-iterations"), QStringLiteral("2000")};
        // The password comes on stdin; watch the running process's argv too.
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(TestServer::serverBinary(), TestServer::withoutHostConfig(create));
        QVERIFY(p.waitForStarted());
        // Right after the fork the child may not have exec'd the binary yet.
        const auto argvNow = [&p] {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(p.processId()));
            return cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll() : QByteArray();
        };
        QTRY_VERIFY_WITH_TIMEOUT(argvNow().contains("create-user"), 5000);
        const QByteArray argv = argvNow();
        QVERIFY(!argv.contains(adminPassword));
        p.write(adminPassword + '\n');
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        const QByteArray said = p.readAll();
        QVERIFY2(p.exitCode() == 0, said.constData());
        QVERIFY(said.contains("created boss (admin)"));
        QVERIFY(!said.contains(adminPassword));

        // Signs in over HTTPS on the server that was already running, and
        // does not have to change the password it was bootstrapped with.
        const auto login = caller.signIn(QStringLiteral("boss"), QString::fromUtf8(adminPassword));
        QCOMPARE(login.status, 200);
        const QJsonObject agent = login.json.value(QStringLiteral("agent")).toObject();
        QCOMPARE(agent.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QCOMPARE(agent.value(QStringLiteral("displayName")).toString(), QStringLiteral("值班经理"));
        QVERIFY(!login.json.value(QStringLiteral("passwordChangeRequired")).toBool());
        QCOMPARE(caller.get(QStringLiteral("/api/v1/auth/me")).status, 200);
        QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM accounts")), QStringList {u"0"_s});

        QCOMPARE(
            column(db, QStringLiteral("SELECT detail FROM audit WHERE action = 'staff.create'")),
            QStringList {u"boss (admin), from the command line"_s});

        // An existing name needs --reset-password; the role and name stay.
        const Outcome again = runServer(create, "Another-Pass-9921\n");
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.output.contains("boss exists; --reset-password"), again.output.constData());
        // A session from before the reset, to be ended by it.
        ApiCaller before(s.baseUrl(), s.caCertificates());
        const auto beforeSignIn
            = before.signIn(QStringLiteral("boss"), QString::fromUtf8(adminPassword));
        QCOMPARE(beforeSignIn.status, 200);
        QCOMPARE(before.get(QStringLiteral("/api/v1/auth/me")).status, 200);
        const QStringList resetBoss {QStringLiteral("admin"), QStringLiteral("create-user"),
            QStringLiteral("boss"), QStringLiteral("--reset-password"), QStringLiteral("--db"), db};
        // A reset is no way around the administration desk's guard of the
        // last administrator: it changes the password only.
        for (const QStringList &extra : {QStringList {u"--role"_s, u"agent"_s},
                 QStringList {u"--display-name"_s, u"Someone"_s}}) {
            const Outcome refused = runServer(resetBoss + extra, "Another-Pass-9921\n");
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(
                refused.output.contains("changes the password only"), refused.output.constData());
        }
        QCOMPARE(column(db, QStringLiteral("SELECT role FROM agents WHERE username = 'boss'")),
            QStringList {u"admin"_s});
        // Locked out after failures: the reset lets them in again, as the API's does.
        QVERIFY(lock(db, QStringLiteral("boss")));
        QCOMPARE(
            caller.signIn(QStringLiteral("boss"), QString::fromUtf8(adminPassword)).status, 423);
        const Outcome reset = runServer(resetBoss, "Another-Pass-9921\n");
        QVERIFY2(reset.exitCode == 0, reset.output.constData());
        QVERIFY(reset.output.contains("new password set for boss; their sessions are ended"));
        QVERIFY(!reset.output.contains("Another-Pass-9921"));
        // The session signed in before the reset is over (each server
        // thread rereads a token's state within a second: TokenCache).
        QTRY_COMPARE_WITH_TIMEOUT(before.get(QStringLiteral("/api/v1/auth/me")).status, 401, 5000);
        QCOMPARE(
            column(db,
                QStringLiteral("SELECT detail FROM audit WHERE action = 'staff.password_reset'")),
            QStringList {u"boss, from the command line"_s});
        QCOMPARE(
            caller.signIn(QStringLiteral("boss"), QString::fromUtf8(adminPassword)).status, 401);
        // A reset after a leak must end what the leak opened: the sign-in made
        // with the old password can no longer be refreshed.
        const auto refreshed = caller.post(QStringLiteral("/api/v1/auth/refresh"),
            {{QStringLiteral("refreshToken"),
                beforeSignIn.json.value(u"refreshToken"_s).toString()}});
        QCOMPARE(refreshed.status, 401);
        QCOMPARE(refreshed.code(), QStringLiteral("invalid_refresh_token"));
        const auto relogin
            = caller.signIn(QStringLiteral("boss"), QStringLiteral("Another-Pass-9921"));
        QCOMPARE(relogin.status, 200);
        QCOMPARE(relogin.json.value(u"agent"_s).toObject().value(u"role"_s).toString(),
            QStringLiteral("admin"));
        QCOMPARE(relogin.json.value(u"agent"_s).toObject().value(u"displayName"_s).toString(),
            QStringLiteral("值班经理"));
        QVERIFY(!relogin.json.value(QStringLiteral("passwordChangeRequired")).toBool());

        // An authenticator stays enrolled through a reset (removing it is the desk's).
        const Outcome clerk = runServer(
            {QStringLiteral("admin"), QStringLiteral("create-user"), QStringLiteral("clerk"),
                QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--db"), db},
            "Clerk-Password-5150\n");
        QVERIFY2(clerk.exitCode == 0, clerk.output.constData());
        QVERIFY(execute(db,
            QStringLiteral("UPDATE agents SET totp_secret = 'JBSWY3DPEHPK3PXP'"
                           " WHERE username = 'clerk'")));
        const Outcome clerkReset = runServer(
            {QStringLiteral("admin"), QStringLiteral("create-user"), QStringLiteral("clerk"),
                QStringLiteral("--reset-password"), QStringLiteral("--db"), db},
            "Clerk-Password-6161\n");
        QVERIFY2(clerkReset.exitCode == 0, clerkReset.output.constData());
        QCOMPARE(column(db,
                     QStringLiteral("SELECT totp_secret || ' ' || role FROM agents"
                                    " WHERE username = 'clerk'")),
            QStringList {u"JBSWY3DPEHPK3PXP agent"_s});
        // Lost the phone as well, and nobody else to remove it: asked for in
        // so many words, the reset takes the authenticator with it.
        const Outcome clerkBack
            = runServer({QStringLiteral("admin"), QStringLiteral("create-user"),
                            QStringLiteral("clerk"), QStringLiteral("--reset-password"),
                            QStringLiteral("--remove-second-factor"), QStringLiteral("--db"), db},
                "Clerk-Password-7272\n");
        QVERIFY2(clerkBack.exitCode == 0, clerkBack.output.constData());
        QCOMPARE(column(db,
                     QStringLiteral("SELECT COALESCE(totp_secret, 'none') || ' ' || role FROM"
                                    " agents WHERE username = 'clerk'")),
            QStringList {u"none agent"_s});
        QCOMPARE(column(db,
                     QStringLiteral("SELECT detail FROM audit WHERE action = 'staff.totp_remove'")),
            QStringList {u"clerk, from the command line"_s});
        const Outcome alone = runServer(
            {QStringLiteral("admin"), QStringLiteral("create-user"), QStringLiteral("clerk"),
                QStringLiteral("--remove-second-factor"), QStringLiteral("--db"), db},
            "Clerk-Password-8383\n");
        QCOMPARE(alone.exitCode, 1);
        QVERIFY2(alone.output.contains("--remove-second-factor goes with --reset-password"),
            alone.output.constData());
    }

    void createUserRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        const QStringList agent {QStringLiteral("admin"), QStringLiteral("create-user"),
            QStringLiteral("agent07"), QStringLiteral("--role"), QStringLiteral("agent")};
        QTest::newRow("short password")
            << agent << QByteArray("short-1\n") << QByteArray("10 to 200 characters");
        QTest::newRow("digits only")
            << agent << QByteArray("12345678901\n") << QByteArray("digits only");
        QTest::newRow("the username") << QStringList {QStringLiteral("admin"),
            QStringLiteral("create-user"), QStringLiteral("longusername"), QStringLiteral("--role"),
            QStringLiteral("agent")} << QByteArray("longusername\n")
                                      << QByteArray("not be the username");
        QTest::newRow("NUL inside") << agent << QByteArray("Good-Passw\0ord-77\n", 18)
                                    << QByteArray("must not contain NUL");
        QTest::newRow("only spaces")
            << agent << QByteArray("            \n") << QByteArray("must not be only spaces");
        QTest::newRow("digits between spaces")
            << agent << QByteArray("  1234567890  \n") << QByteArray("digits only");
        QTest::newRow("name ending in a newline")
            << QStringList {QStringLiteral("admin"), QStringLiteral("create-user"),
                   QStringLiteral("agent07\n"), QStringLiteral("--role"), QStringLiteral("agent"),
                   QStringLiteral("--display-name"), QStringLiteral("Agent Seven")}
            << QByteArray("Good-Password-77\n") << QByteArray("NAME: 3 to 32 characters");
        QTest::newRow("bidi override in the display name")
            << agent
                + QStringList {QStringLiteral("--display-name"),
                    QStringLiteral("Eve") + QChar(0x202E) + QStringLiteral("nimda")}
            << QByteArray("Good-Password-77\n") << QByteArray("--display-name: must not contain");
        QTest::newRow("line separator in the display name")
            << agent
                + QStringList {QStringLiteral("--display-name"),
                    QStringLiteral("Eve") + QChar(0x2028) + QStringLiteral("admin01")}
            << QByteArray("Good-Password-77\n") << QByteArray("--display-name: must not contain");
        QTest::newRow("no password") << agent << QByteArray() << QByteArray("no password on stdin");
        QTest::newRow("no role") << agent.mid(0, 3) << QByteArray("Good-Password-77\n")
                                 << QByteArray("--role: admin, supervisor or agent");
        QTest::newRow("bad role") << QStringList {QStringLiteral("admin"),
            QStringLiteral("create-user"), QStringLiteral("agent07"), QStringLiteral("--role"),
            QStringLiteral("root")}
                                  << QByteArray("Good-Password-77\n")
                                  << QByteArray("--role: admin, supervisor or agent");
        QTest::newRow("bad name") << QStringList {QStringLiteral("admin"),
            QStringLiteral("create-user"), QStringLiteral("Robert'); DROP"),
            QStringLiteral("--role"), QStringLiteral("agent")}
                                  << QByteArray("Good-Password-77\n")
                                  << QByteArray("NAME: 3 to 32 characters");
        QTest::newRow("--password does not exist")
            << agent
                + QStringList {QStringLiteral("--password"), QStringLiteral("Good-Password-77")}
            << QByteArray() << QByteArray("Unknown option 'password'");
        QTest::newRow("bidi in the display name")
            << agent + QStringList {QStringLiteral("--display-name"), QStringLiteral("Ann\u202eKE")}
            << QByteArray("Good-Password-77\n")
            << QByteArray(
                   "--display-name: must not contain control, format or line-breaking characters");
        QTest::newRow("blank display name")
            << agent + QStringList {QStringLiteral("--display-name"), QStringLiteral("   ")}
            << QByteArray("Good-Password-77\n") << QByteArray("--display-name: must be 1 to 64");
        QTest::newRow("reset with a role")
            << QStringList {QStringLiteral("admin"), QStringLiteral("create-user"),
                   QStringLiteral("agent07"), QStringLiteral("--reset-password"),
                   QStringLiteral("--role"), QStringLiteral("admin")}
            << QByteArray("Good-Password-77\n") << QByteArray("changes the password only");
        QTest::newRow("reset of nobody")
            << QStringList {QStringLiteral("admin"), QStringLiteral("create-user"),
                   QStringLiteral("nobody"), QStringLiteral("--reset-password")}
            << QByteArray("Good-Password-77\n") << QByteArray("nobody does not exist");
    }

    void createUserRefusesBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        TestServer store;
        TestServer::Options options;
        options.demoData = false;
        if (onPostgres())
            QVERIFY2(store.prepare(options), qPrintable(store.errorString()));
        const QString db
            = onPostgres() ? store.databaseSpec() : dir.filePath(QStringLiteral("w.db"));
        const Outcome o = runServer(args + QStringList {QStringLiteral("--db"), db}, input);
        QVERIFY(o.exitCode != 0);
        QVERIFY2(o.output.contains(expected), o.output.constData());
        QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM agents")).value(0, u"0"_s),
            QStringLiteral("0"));
    }

    void helpSaysThereIsNoPasswordOption()
    {
        const Outcome o = runServer({QStringLiteral("admin"), QStringLiteral("--help")});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.output.contains("There is no --password option"), o.output.constData());
        QVERIFY(
            runServer({QStringLiteral("--help")}).output.contains("a password is never an option"));
    }

    void logHoldsNoSecretNorCustomerIdentifier()
    {
        // libpq prints the server's NOTICEs ("relation ... already exists,
        // skipping", at every migration) to stderr itself, past the log
        // handler: a known gap (server/Database.cpp), not this test's subject.
        if (onPostgres())
            QSKIP("libpq's NOTICE lines bypass ServerLog (server/Database.cpp)");
        const QString db = m_demo.databaseSpec();
        const QStringList account = column(db,
            QStringLiteral("SELECT account_no || '|' || id_number || '|' || email || '|' || phone "
                           "FROM accounts WHERE id = 1"))
                                        .value(0)
                                        .split(QLatin1Char('|'));
        QCOMPARE(account.size(), 4);
        QCOMPARE(account.at(3), QStringLiteral("13800138000"));
        // Every category at every level, per-request lines included.
        qputenv("QT_LOGGING_RULES", "walletdesk.*=true");
        const bool started = m_demo.start();
        qunsetenv("QT_LOGGING_RULES");
        QVERIFY2(started, qPrintable(m_demo.errorString()));

        ApiCaller caller(m_demo.baseUrl(), m_demo.caCertificates());
        QCOMPARE(
            caller.signIn(QStringLiteral("agent01"), QStringLiteral("Wrong-Secret-5521")).status,
            401);
        const auto login = caller.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo"));
        QCOMPARE(login.status, 200);
        const QString refreshToken = login.json.value(QStringLiteral("refreshToken")).toString();
        const auto refreshed = caller.post(QStringLiteral("/api/v1/auth/refresh"),
            {{QStringLiteral("refreshToken"), refreshToken}});
        QCOMPARE(refreshed.status, 200);
        caller.setToken(refreshed.json.value(QStringLiteral("accessToken")).toString());
        const auto found = caller.get(QStringLiteral("/api/v1/accounts?q=13800138000"));
        QCOMPARE(found.status, 200);
        QCOMPARE(found.items().size(), 1);
        QCOMPARE(
            caller.get(QStringLiteral("/api/v1/accounts?q=") + account.at(0)).items().size(), 1);
        QCOMPARE(caller.get(QStringLiteral("/api/v1/accounts/1")).status, 200);
        // A customer identifier in a path is logged too (a 404).
        caller.get(QStringLiteral("/api/v1/transactions/") + account.at(0));
        m_demo.terminate();

        const QByteArray log = m_demo.log();
        QVERIFY2(log.contains("walletdesk.server: started"), log.constData());
        QVERIFY(log.contains("/api/v1/accounts"));
        QVERIFY(log.contains("walletdesk.server: stopping on SIGTERM"));
        QVERIFY(log.contains("walletdesk.server: stopped"));
        const QStringList secrets {QStringLiteral("agent01-demo"),
            QStringLiteral("Wrong-Secret-5521"),
            login.json.value(QStringLiteral("accessToken")).toString(), refreshToken,
            refreshed.json.value(QStringLiteral("accessToken")).toString(),
            refreshed.json.value(QStringLiteral("refreshToken")).toString(), account.at(0),
            account.at(1), account.at(2), account.at(3)};
        for (const QString &secret : secrets) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!log.contains(secret.toUtf8()), qPrintable(secret));
        }
        for (const QByteArray &line : log.split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(QRegularExpression(QStringLiteral("^(debug|info|warning|error) \\S+: "))
                             .match(QString::fromUtf8(line))
                             .hasMatch(),
                    line.constData());
        }
    }

    void scrubbing_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("postgres detail")
            << QStringLiteral("cannot run \"INSERT INTO accounts\": ERROR:  duplicate key value\n"
                              "DETAIL:  Key (phone)=(13800138000) already exists.")
            << QStringLiteral("cannot run \"INSERT INTO accounts\": ERROR:  duplicate key value");
        QTest::newRow("numbers") << QStringLiteral(
            "no account 8800 0000 0000 0001 for +86 138-0013-8000")
                                 << QStringLiteral("no account [number] for [number]");
        QTest::newRow("id number")
            << QStringLiteral("id 11010519491231002X") << QStringLiteral("id [number]");
        QTest::newRow("token") << QStringLiteral(
            "token Xk2_9aQ-pL0vB7nW3eR5tY8uI1oP4aS6dF9gH2jK0lZ")
                               << QStringLiteral("token [redacted]");
        QTest::newRow("e-mail") << QStringLiteral("to zhang.wei@example.cn.")
                                << QStringLiteral("to [e-mail]");
        QTest::newRow("what stays")
            << QStringLiteral("started 1.0: https://127.0.0.1:8443/, serial 1f:2a, until "
                              "2028-03-01T00:00:00Z, 1000000")
            << QStringLiteral("started 1.0: https://127.0.0.1:8443/, serial 1f:2a, "
                              "until 2028-03-01T00:00:00Z, 1000000");
    }

    void scrubbing()
    {
        QFETCH(QString, message);
        QFETCH(QString, expected);
        QCOMPARE(scrub(message), expected);
    }

    void sighupReloadsTheCertificate()
    {
        TestServer s;
        TestServer::Options options;
        options.demoData = false;
        QVERIFY2(s.prepare(options), qPrintable(s.errorString()));
        QVERIFY2(s.makeCertificate(QStringLiteral("renewed"), {}), qPrintable(s.errorString()));
        const QString dir = s.certDir();
        QVERIFY(QFile::copy(dir + u"/server.pem"_s, dir + u"/first.pem"_s));
        QVERIFY(QFile::copy(dir + u"/server.key"_s, dir + u"/first.key"_s));
        const QByteArray firstSerial = serialOfFile(dir + u"/first.pem"_s);
        const QByteArray renewedSerial = serialOfFile(dir + u"/renewed.pem"_s);
        QVERIFY(!firstSerial.isEmpty() && firstSerial != renewedSerial);
        // Every thread's listener must take the new pair.
        QVERIFY2(
            s.start({QStringLiteral("--threads"), QStringLiteral("2")}, TestServer::freePort()),
            qPrintable(s.errorString()));

        KeptConnection kept;
        QVERIFY(kept.open(s));
        QCOMPARE(kept.health(), 200);
        QCOMPARE(kept.serial(), firstSerial);

        const auto replace = [&](const QString &pem, const QString &key) {
            QFile::remove(dir + u"/server.pem"_s);
            QFile::remove(dir + u"/server.key"_s);
            return QFile::copy(pem, dir + u"/server.pem"_s)
                && QFile::copy(key, dir + u"/server.key"_s);
        };
        QVERIFY(replace(dir + u"/renewed.pem"_s, dir + u"/renewed.key"_s));
        QVERIFY(s.sendSignal(SIGHUP));
        QVERIFY2(waitForLog(s, "certificate reloaded"), s.log().constData());
        QVERIFY(s.log().contains(renewedSerial));

        QVERIFY(kept.connected());
        QCOMPARE(kept.health(), 200);
        QCOMPARE(kept.serial(), firstSerial);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(serialOfNewConnection(s), renewedSerial);

        // A file that is no certificate, then a key of another certificate:
        // refused, one line each, and the renewed pair stays.
        writeFile(dir + u"/server.pem"_s, "-----BEGIN CERTIFICATE-----\nnonsense\n");
        QVERIFY(s.sendSignal(SIGHUP));
        QVERIFY2(waitForLog(s, "certificate reload refused"), s.log().constData());
        QCOMPARE(serialOfNewConnection(s), renewedSerial);
        QVERIFY(replace(dir + u"/first.pem"_s, dir + u"/renewed.key"_s));
        QVERIFY(s.sendSignal(SIGHUP));
        QVERIFY2(waitForLog(s, "certificate reload refused", 2), s.log().constData());
        for (int i = 0; i < 6; ++i)
            QCOMPARE(serialOfNewConnection(s), renewedSerial);
        QCOMPARE(s.log().count("certificate reload refused"), 2);
        QCOMPARE(s.log().count("certificate reloaded"), 1);
        QCOMPARE(kept.health(), 200);

        // At start, the same pair stops the server before it listens.
        s.terminate();
        const Outcome o = runServer({QStringLiteral("--db"), s.databaseSpec(),
            QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--cert"),
            dir + u"/first.pem"_s, QStringLiteral("--key"), dir + u"/renewed.key"_s});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.output.contains("do not work together"), o.output.constData());
        QVERIFY(!o.output.contains("listening"));
    }

    void backupWhileWritingThenRestore()
    {
        if (onPostgres())
            QSKIP("SQLite files and their backups; PostgreSQL has pg_dump");
        QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
        ApiCaller agent(m_demo.baseUrl(), m_demo.caCertificates());
        QCOMPARE(
            agent.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")).status, 200);
        int next = 0;
        const auto write = [&] {
            const QString id = QStringLiteral("ops-%1").arg(next++);
            const auto r = agent.post(QStringLiteral("/api/v1/calls"), callRecord(id),
                {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
            return r.status == 201 ? id : QString();
        };
        QStringList before;
        for (int i = 0; i < 20; ++i) {
            const QString id = write();
            QVERIFY(!id.isEmpty());
            before << id;
        }

        const QString copy = m_demo.filePath(QStringLiteral("backups/copy.db"));
        QDir().mkpath(QFileInfo(copy).absolutePath());
        QProcess backup;
        backup.setProcessChannelMode(QProcess::MergedChannels);
        backup.start(TestServer::serverBinary(),
            TestServer::withoutHostConfig({QStringLiteral("admin"), QStringLiteral("backup"), copy,
                QStringLiteral("--db"), m_demo.databaseSpec()}));
        QVERIFY(backup.waitForStarted());
        // However fast the copy, a write is acknowledged while the backup
        // has the store open: the backup is paused (SIGSTOP) until it is
        // caught with the store open, and a write made then.
        const pid_t pid = pid_t(backup.processId());
        int acknowledgedWhileOpen = 0;
        QElapsedTimer waited;
        waited.start();
        while (acknowledgedWhileOpen == 0 && backup.state() != QProcess::NotRunning
            && waited.elapsed() < 60000) {
            if (::kill(pid, SIGSTOP) != 0)
                break;
            if (waitUntilStopped(pid) && hasOpen(pid, m_demo.databaseSpec()) && !write().isEmpty())
                ++acknowledgedWhileOpen;
            ::kill(pid, SIGCONT);
            QThread::usleep(200);
        }
        // More writes go on while it finishes, acknowledged or not.
        while (backup.state() != QProcess::NotRunning)
            write();
        QCOMPARE(backup.exitStatus(), QProcess::NormalExit);
        QCOMPARE(backup.exitCode(), 0);
        QCOMPARE(acknowledgedWhileOpen, 1);
        QVERIFY(backup.readAll().contains("integrity_check: ok"));
        QStringList after;
        for (int i = 0; i < 5; ++i)
            after << write();
        QCOMPARE(column(copy, QStringLiteral("PRAGMA integrity_check")), QStringList {u"ok"_s});
        QVERIFY(!QFileInfo::exists(copy + u"-wal"_s));
        // All the customers' data: for the owner's eyes only.
        QCOMPARE(QFileInfo(copy).permissions()
                & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
            QFile::Permissions());

        // Into a fresh server's place.
        TestServer fresh;
        TestServer::Options options;
        options.demoData = false;
        QVERIFY2(fresh.prepare(options), qPrintable(fresh.errorString()));
        const QString store = fresh.databaseSpec();
        const Outcome restored = runServer({QStringLiteral("admin"), QStringLiteral("restore"),
            copy, QStringLiteral("--db"), store});
        QVERIFY2(restored.exitCode == 0, restored.output.constData());
        QVERIFY2(fresh.start(), qPrintable(fresh.errorString()));
        ApiCaller again(fresh.baseUrl(), fresh.caCertificates());
        QCOMPARE(
            again.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")).status, 200);
        const auto calls = again.get(QStringLiteral("/api/v1/calls?accountId=1&limit=100"));
        QCOMPARE(calls.status, 200);
        QVERIFY(!calls.items().isEmpty());
        const QStringList restoredCalls
            = column(store, QStringLiteral("SELECT call_id FROM calls WHERE call_id LIKE 'ops-%'"));
        for (const QString &id : std::as_const(before))
            QVERIFY2(restoredCalls.contains(id), qPrintable(id));
        for (const QString &id : std::as_const(after))
            QVERIFY2(!id.isEmpty() && !restoredCalls.contains(id), qPrintable(id));
        QVERIFY(restoredCalls.size() >= before.size());

        // Refused while the fresh server has the store open.
        const Outcome busy = runServer({QStringLiteral("admin"), QStringLiteral("restore"), copy,
            QStringLiteral("--db"), store});
        QCOMPARE(busy.exitCode, 1);
        QVERIFY2(busy.output.contains("stop the server first"), busy.output.constData());
        QCOMPARE(again.get(QStringLiteral("/api/v1/auth/me")).status, 200);
        fresh.terminate();

        // A damaged copy and a file that is no database: refused, the store untouched.
        const QString damaged = m_demo.filePath(QStringLiteral("backups/damaged.db"));
        QVERIFY(QFile::copy(copy, damaged));
        const qint64 pageSize
            = column(copy, QStringLiteral("PRAGMA page_size")).value(0).toLongLong();
        QVERIFY(pageSize >= 512);
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            // Every page header after the first: no b-tree page reads.
            for (qint64 at = pageSize; at < file.size(); at += pageSize) {
                file.seek(at);
                file.write(QByteArray(8, '\x5a'));
            }
        }
        const QString text = m_demo.filePath(QStringLiteral("backups/notes.txt"));
        writeFile(
            text, QByteArray("not a database, but long enough to look like one ").repeated(200));
        const QByteArray storeHash = sha256Of(store);
        for (const QString &bad : {damaged, text}) {
            const Outcome o = runServer({QStringLiteral("admin"), QStringLiteral("restore"), bad,
                QStringLiteral("--db"), store});
            QCOMPARE(o.exitCode, 1);
            QVERIFY2(
                o.output.contains("restore refused, the store is untouched"), o.output.constData());
            QVERIFY2(
                o.output.contains("integrity_check") || o.output.contains("not a sound SQLite"),
                o.output.constData());
            QCOMPARE(sha256Of(store), storeHash);
            QVERIFY(!QFileInfo::exists(store + u".partial"_s));
        }
        m_demo.terminate();
    }

    void postgresStoresPointToPgDump()
    {
        for (const char *command : {"backup", "restore"}) {
            const Outcome o = runServer({QStringLiteral("admin"), QLatin1String(command),
                QStringLiteral("/tmp/x.db"), QStringLiteral("--db"),
                QStringLiteral("postgres://walletdesk@127.0.0.1:1/walletdesk")});
            QCOMPARE(o.exitCode, 1);
            QVERIFY2(o.output.contains("pg_dump"), o.output.constData());
        }
    }

    void anUpgradedStoreKeepsEveryonesChangesFeed()
    {
        // A store from before change_readers: the migration gives each
        // stored change the readers that a new change gets when written.
        TestServer s;
        TestServer::Options options;
        options.accounts = 50;
        options.transactions = 500;
        QVERIFY2(s.prepare(options), qPrintable(s.errorString()));
        QVERIFY2(s.start(), qPrintable(s.errorString()));
        const auto signedIn = [&s](const QString &user, qint64 *id) {
            auto api = std::make_unique<ApiCaller>(s.baseUrl(), s.caCertificates());
            const auto login = api->signIn(user, user + QStringLiteral("-demo"));
            *id = login.json.value(QStringLiteral("agent"))
                      .toObject()
                      .value(QStringLiteral("id"))
                      .toInteger();
            return api;
        };
        const auto key = [] { return QUuid::createUuid().toByteArray(QUuid::WithoutBraces); };
        qint64 agentId = 0, otherId = 0, supervisorId = 0;
        auto agent = signedIn(QStringLiteral("agent01"), &agentId);
        auto other = signedIn(QStringLiteral("agent02"), &otherId);
        auto supervisor = signedIn(QStringLiteral("super01"), &supervisorId);
        QVERIFY(agentId > 0 && otherId > 0 && supervisorId > 0);
        const auto complaint = agent->post(QStringLiteral("/api/v1/complaints"),
            {{QStringLiteral("channel"), QStringLiteral("hotline")},
                {QStringLiteral("categoryCode"), QStringLiteral("payment_failed_debited")},
                {QStringLiteral("severity"), QStringLiteral("high")},
                {QStringLiteral("accountId"), 1},
                {QStringLiteral("description"), QStringLiteral("扣款成功但订单显示失败")},
                {QStringLiteral("customerRequest"), QStringLiteral("退款")}},
            {{"Idempotency-Key", key()}});
        QCOMPARE(complaint.status, 201);
        const qint64 complaintId = complaint.json.value(QStringLiteral("id")).toInteger();
        QCOMPARE(supervisor
                     ->post(QStringLiteral("/api/v1/complaints/%1/assign").arg(complaintId),
                         {{QStringLiteral("assignee"), otherId}})
                     .status,
            200);
        const auto callback = agent->post(QStringLiteral("/api/v1/callbacks"),
            {{QStringLiteral("phone"), QStringLiteral("13800138000")},
                {QStringLiteral("reason"), QStringLiteral("回电确认退款")},
                {QStringLiteral("dueAt"),
                    QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate)}},
            {{"Idempotency-Key", key()}});
        QCOMPARE(callback.status, 201);
        const qint64 callbackId = callback.json.value(QStringLiteral("id")).toInteger();

        // Everything a reader's feed holds from its start, as "entity id".
        const auto feedOf = [](ApiCaller &api) {
            QSet<QString> seen;
            QString cursor = QStringLiteral("0");
            for (int page = 0; page < 100; ++page) {
                const auto r
                    = api.get(QStringLiteral("/api/v1/changes?limit=1000&since=") + cursor);
                if (r.status != 200)
                    return QSet<QString> {QStringLiteral("error %1").arg(r.status)};
                for (const auto &item : r.items()) {
                    const QJsonObject o = item.toObject();
                    seen << o.value(QStringLiteral("entity")).toString() + QLatin1Char(' ')
                            + QString::number(o.value(QStringLiteral("id")).toInteger());
                }
                cursor = r.json.value(QStringLiteral("cursor")).toString();
                if (!r.json.value(QStringLiteral("more")).toBool())
                    break;
            }
            return seen;
        };
        const QString complaintChange = QStringLiteral("complaint %1").arg(complaintId);
        const QString callbackChange = QStringLiteral("callback %1").arg(callbackId);
        const QSet<QString> agentBefore = feedOf(*agent);
        const QSet<QString> otherBefore = feedOf(*other);
        const QSet<QString> supervisorBefore = feedOf(*supervisor);
        QVERIFY(agentBefore.contains(complaintChange) && agentBefore.contains(callbackChange));
        // agent02 was given the complaint and logged none of the demo ones;
        // the reference data's first version is everyone's.
        QCOMPARE(otherBefore, (QSet<QString> {complaintChange, QStringLiteral("reference 1")}));
        QVERIFY(supervisorBefore.contains(complaintChange));
        QVERIFY(!supervisorBefore.contains(callbackChange));
        s.terminate();

        // Back to the schema before: no table, and the version that made it gone.
        const QString db = s.databaseSpec();
        QVERIFY(StoreSql::run(db, QStringLiteral("DROP TABLE change_readers")));
        QVERIFY(execute(db,
            QStringLiteral("DELETE FROM schema_version"
                           " WHERE version = (SELECT MAX(version) FROM schema_version)")));
        QVERIFY2(s.start(), qPrintable(s.errorString()));
        QCOMPARE(column(db,
                     QStringLiteral("SELECT COUNT(*) FROM change_readers WHERE reader = ")
                         + QString::number(otherId)),
            QStringList {QStringLiteral("2")}); // the complaint's creation and its assignment
        agent = signedIn(QStringLiteral("agent01"), &agentId);
        other = signedIn(QStringLiteral("agent02"), &otherId);
        supervisor = signedIn(QStringLiteral("super01"), &supervisorId);
        QCOMPARE(feedOf(*agent), agentBefore);
        QCOMPARE(feedOf(*other), otherBefore);
        QCOMPARE(feedOf(*supervisor), supervisorBefore);
    }

private:
    TestServer m_demo;
};

QTEST_GUILESS_MAIN(TestServerOps)
#include "tst_serverops.moc"
