// Administration on the server, over real HTTPS on SQLite or
// (WALLETDESK_TEST_BACKEND=postgres) PostgreSQL, with two server processes on
// one store: staff created, signed in with a one-time password and made to
// change it; disabled (their live token refused on the other process within
// a second), enabled, reset, unlocked, given and relieved of a second factor;
// the last administrator kept; the calendar and the deadline policy edited
// with If-Match, audited and announced in the changes feed. And the role
// matrix, built from docs/api.md's own endpoint lines and held against the
// routes the server registers.
#include "ApiCaller.h"
#include "ApiModules.h"
#include "Credentials.h"
#include "Database.h"
#include "Router.h"
#include "ServerContext.h"
#include "TestServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace WalletDesk::Server;
using namespace Qt::StringLiterals;

namespace {

struct DocumentedEndpoint
{
    QByteArray method;
    QString path; // as documented, without /api/v1 and the query
    QString role; // public, any role, signed in, supervisor, admin
};

// Every endpoint docs/api.md defines: a line that begins with one or more
// "`METHOD /path`" followed by " — role", or a row "| `METHOD /path` | role |"
// of a table headed "| endpoint | who |". A line naming an endpoint in prose,
// or a row of another table (need to know), is neither.
QList<DocumentedEndpoint> documentedEndpoints(QString *error)
{
    QFile file(TestServer::sourceDir() + QStringLiteral("/docs/api.md"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    static const QRegularExpression endpoint(
        QStringLiteral("`(GET|POST|PUT|PATCH|DELETE) (/[^`?\\s]*)[^`]*`"));
    static const QRegularExpression line(
        QStringLiteral("^((?:`(?:GET|POST|PUT|PATCH|DELETE) [^`]+`(?:, )?)+) — (.*)$"));
    static const QRegularExpression row(
        QStringLiteral("^\\| (`(?:GET|POST|PUT|PATCH|DELETE) [^`]+`) \\| ([^|]+) \\|"));
    static const QRegularExpression role(
        QStringLiteral("^\\*?(public|any role|signed in|supervisor|admin)\\*?(?![a-z])"));
    QList<DocumentedEndpoint> out;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    bool inEndpointTable = false;
    for (const QString &text : lines) {
        if (text.startsWith(QLatin1String("| endpoint | who |")))
            inEndpointTable = true;
        else if (!text.startsWith(QLatin1Char('|')))
            inEndpointTable = false;
        QRegularExpressionMatch m = line.match(text);
        if (!m.hasMatch() && inEndpointTable)
            m = row.match(text);
        if (!m.hasMatch())
            continue;
        const QRegularExpressionMatch r = role.match(m.captured(2).trimmed());
        if (!r.hasMatch()) {
            *error = QStringLiteral("no role (public, any role, signed in, *supervisor*, *admin*)"
                                    " at the start of: ")
                + text;
            return {};
        }
        auto it = endpoint.globalMatch(m.captured(1));
        while (it.hasNext()) {
            const QRegularExpressionMatch e = it.next();
            out.append({e.captured(1).toLatin1(), e.captured(2), r.captured(1)});
        }
    }
    return out;
}

QString normalised(QString path)
{
    static const QRegularExpression param(QStringLiteral("\\{[^}]*\\}"));
    return path.replace(param, QStringLiteral("{}"));
}

QString concrete(QString path)
{
    return path.replace(QStringLiteral("{year}"), QStringLiteral("2027"))
        .replace(QRegularExpression(QStringLiteral("\\{[^}]*\\}")), QStringLiteral("1"));
}

QMap<QByteArray, QByteArray> ifMatch(qint64 version)
{
    return {{"If-Match", "\"v" + QByteArray::number(version) + '"'}};
}

QJsonObject day(const QString &date, const QString &kind, const QString &name)
{
    return {{QStringLiteral("date"), date}, {QStringLiteral("kind"), kind},
        {QStringLiteral("name"), name}};
}

} // namespace

class TestServerAdmin : public QObject
{
    Q_OBJECT

    TestServer m_server;
    TestServer m_second; // another process on the same store
    std::unique_ptr<ApiCaller> m_admin;
    std::unique_ptr<ApiCaller> m_agent;
    std::unique_ptr<ApiCaller> m_supervisor;
    QString m_agentCursor;
    int m_created = 0;

    std::unique_ptr<ApiCaller> caller(const TestServer &server)
    {
        return std::make_unique<ApiCaller>(server.baseUrl(), server.caCertificates());
    }
    std::unique_ptr<ApiCaller> caller() { return caller(m_server); }

    std::unique_ptr<ApiCaller> signedIn(
        const QString &user, const QString &password, const TestServer *server = nullptr)
    {
        auto api = caller(server ? *server : m_server);
        const auto login = api->signIn(user, password);
        if (login.status != 200)
            qWarning() << "cannot sign in" << user << login.status << login.body;
        return api;
    }

    struct Created
    {
        qint64 id = 0;
        QString username;
        QString oneTimePassword;
        QJsonObject staff;
    };

    Created create(const QString &role = QStringLiteral("agent"))
    {
        const QString username = QStringLiteral("staff%1.%2").arg(role).arg(++m_created);
        const auto r = m_admin->post(QStringLiteral("/api/v1/staff"),
            {{QStringLiteral("username"), username}, {QStringLiteral("displayName"), username},
                {QStringLiteral("role"), role}});
        if (r.status != 201)
            qWarning() << "cannot create" << username << r.status << r.body;
        const QJsonObject staff = r.json.value(QStringLiteral("staff")).toObject();
        return {staff.value(QStringLiteral("id")).toInteger(), username,
            r.json.value(QStringLiteral("oneTimePassword")).toString(), staff};
    }

    static QString permanentPassword(const QString &username)
    {
        return username + QStringLiteral("-Keep-It-Safe");
    }

    // A staff member who has replaced their one-time password with
    // permanentPassword(), signed in on the given server.
    std::unique_ptr<ApiCaller> activated(
        const Created &c, const TestServer *server = nullptr, int *status = nullptr)
    {
        auto api = signedIn(c.username, c.oneTimePassword, server);
        const auto r = api->post(QStringLiteral("/api/v1/auth/password"),
            {{QStringLiteral("currentPassword"), c.oneTimePassword},
                {QStringLiteral("newPassword"), permanentPassword(c.username)}});
        if (status)
            *status = r.status;
        if (r.status != 204)
            qWarning() << "cannot change the password of" << c.username << r.body;
        return api;
    }

    QJsonObject staffMember(qint64 id)
    {
        for (const auto &s : m_admin->get(QStringLiteral("/api/v1/staff")).items())
            if (s.toObject().value(QStringLiteral("id")).toInteger() == id)
                return s.toObject();
        return {};
    }

    // The audit details of an action, newest first (as a supervisor reads them).
    QStringList auditDetails(const QString &action)
    {
        QStringList out;
        const auto r = m_supervisor->get(QStringLiteral("/api/v1/audit?action=%1").arg(action));
        for (const auto &e : r.items())
            if (e.toObject().value(QStringLiteral("action")).toString() == action)
                out << e.toObject().value(QStringLiteral("detail")).toString();
        return out;
    }

    // How long until the token is refused (401), polled; -1 if not within 3 s.
    static qint64 msUntilRefused(ApiCaller &api)
    {
        QElapsedTimer timer;
        timer.start();
        while (!timer.hasExpired(3000)) {
            const auto r = api.get(QStringLiteral("/api/v1/auth/me"));
            if (r.status == 401 && r.code() == QLatin1String("invalid_token"))
                return timer.elapsed();
            QTest::qWait(50);
        }
        return -1;
    }

    // The reference versions the agent's changes feed announced since last asked.
    QList<qint64> referenceChanges()
    {
        QList<qint64> versions;
        for (int page = 0; page < 100; ++page) {
            const auto r = m_agent->get(QStringLiteral("/api/v1/changes?limit=1000")
                + (m_agentCursor.isEmpty() ? QString()
                                           : QStringLiteral("&since=") + m_agentCursor));
            for (const auto &item : r.items()) {
                const QJsonObject o = item.toObject();
                if (o.value(QStringLiteral("entity")).toString() == QLatin1String("reference"))
                    versions << o.value(QStringLiteral("data"))
                                    .toObject()
                                    .value(QStringLiteral("version"))
                                    .toInteger();
            }
            m_agentCursor = r.json.value(QStringLiteral("cursor")).toString();
            if (!r.json.value(QStringLiteral("more")).toBool())
                break;
        }
        return versions;
    }

    qint64 referenceVersion()
    {
        return m_admin->get(QStringLiteral("/api/v1/reference"))
            .json.value(QStringLiteral("version"))
            .toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare({20, 100, {}}), qPrintable(m_server.errorString()));
        QVERIFY2(
            m_server.start(TestServer::relaxedAbuseLimits()), qPrintable(m_server.errorString()));
        QVERIFY2(m_second.attach(m_server, TestServer::relaxedAbuseLimits()),
            qPrintable(m_second.errorString()));
        m_admin = signedIn(QStringLiteral("admin01"), QStringLiteral("admin01-demo"));
        m_agent = signedIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo"));
        m_supervisor = signedIn(QStringLiteral("super01"), QStringLiteral("super01-demo"));
        referenceChanges(); // what was there before
    }

    void demoAdministratorNeedsNoPasswordChange()
    {
        auto api = caller();
        const auto login = api->signIn(QStringLiteral("admin01"), QStringLiteral("admin01-demo"));
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json.value(QStringLiteral("passwordChangeRequired")).toBool(true), false);
        QCOMPARE(login.json.value(QStringLiteral("agent")).toObject().value(QStringLiteral("role")),
            QStringLiteral("admin"));
        QCOMPARE(api->get(QStringLiteral("/api/v1/staff")).status, 200);
        // Assignment lists people who handle complaints: no administrator.
        const auto agents = m_supervisor->get(QStringLiteral("/api/v1/agents"));
        QCOMPARE(agents.status, 200);
        QVERIFY(!agents.body.contains("admin01"));
    }

    void newStaffMemberMustChangeTheOneTimePassword()
    {
        const auto r = m_admin->post(QStringLiteral("/api/v1/staff"),
            {{QStringLiteral("username"), QStringLiteral("agent07")},
                {QStringLiteral("displayName"), QStringLiteral("周芷若")},
                {QStringLiteral("role"), QStringLiteral("agent")}});
        QCOMPARE(r.status, 201);
        const QJsonObject staff = r.json.value(QStringLiteral("staff")).toObject();
        const QString otp = r.json.value(QStringLiteral("oneTimePassword")).toString();
        QCOMPARE(otp.size(), 16);
        QCOMPARE(staff.value(QStringLiteral("username")), QStringLiteral("agent07"));
        QCOMPARE(staff.value(QStringLiteral("displayName")), QStringLiteral("周芷若"));
        QCOMPARE(staff.value(QStringLiteral("passwordChangeRequired")), true);
        QCOMPARE(staff.value(QStringLiteral("disabled")), false);
        QCOMPARE(staff.value(QStringLiteral("totp")), QStringLiteral("none"));
        QVERIFY(staff.value(QStringLiteral("lastSignInAt")).isNull());
        QCOMPARE(staff.value(QStringLiteral("version")).toInteger(), 1);
        const qint64 id = staff.value(QStringLiteral("id")).toInteger();

        const auto again = m_admin->post(QStringLiteral("/api/v1/staff"),
            {{QStringLiteral("username"), QStringLiteral("agent07")},
                {QStringLiteral("displayName"), QStringLiteral("另一个")},
                {QStringLiteral("role"), QStringLiteral("supervisor")}});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), QStringLiteral("username_taken"));

        // The one-time password signs in, to a session that can only change it.
        auto api = caller(m_second);
        const auto login = api->signIn(QStringLiteral("agent07"), otp);
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json.value(QStringLiteral("passwordChangeRequired")), true);
        QCOMPARE(api->get(QStringLiteral("/api/v1/auth/me")).status, 200);
        QCOMPARE(api->get(QStringLiteral("/api/v1/reference")).status, 200);
        for (const QString &path : {QStringLiteral("/api/v1/accounts?q=13800138000&by=phone"),
                 QStringLiteral("/api/v1/complaints"), QStringLiteral("/api/v1/changes")}) {
            const auto refused = api->get(path);
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.code(), QStringLiteral("password_change_required"));
        }
        // A refreshed session is as limited as the one it replaces.
        const auto refreshed = api->post(QStringLiteral("/api/v1/auth/refresh"),
            {{QStringLiteral("refreshToken"),
                login.json.value(QStringLiteral("refreshToken")).toString()}});
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(refreshed.json.value(QStringLiteral("passwordChangeRequired")), true);
        api->setToken(refreshed.json.value(QStringLiteral("accessToken")).toString());
        QCOMPARE(api->get(QStringLiteral("/api/v1/complaints")).code(),
            QStringLiteral("password_change_required"));

        const auto change = [&](const QString &current, const QString &next) {
            return api->post(QStringLiteral("/api/v1/auth/password"),
                {{QStringLiteral("currentPassword"), current},
                    {QStringLiteral("newPassword"), next}});
        };
        // Spaces only (ASCII or ideographic) would be a password sign-in
        // refuses as empty; padding must not get round the other rules.
        for (const QString &weak : {QStringLiteral("short1"), QStringLiteral("123456789012"), otp,
                 QString(201, QLatin1Char('x')), QString(12, QLatin1Char(' ')),
                 QString(10, QChar(0x3000)), QStringLiteral("  1234567890  "),
                 QStringLiteral("agent07   "), QStringLiteral(" AGENT07  ")}) {
            const auto refused = change(otp, weak);
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.field(), QStringLiteral("newPassword"));
        }
        const auto wrong
            = change(QStringLiteral("not-the-password"), QStringLiteral("葡萄美酒夜光杯-2026"));
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.field(), QStringLiteral("currentPassword"));
        QCOMPARE(change(otp, QStringLiteral("葡萄美酒夜光杯-2026")).status, 204);
        // This session goes on, now unrestricted.
        QCOMPARE(api->get(QStringLiteral("/api/v1/changes")).status, 200);

        QCOMPARE(caller()->signIn(QStringLiteral("agent07"), otp).status, 401);
        const auto fresh
            = caller()->signIn(QStringLiteral("agent07"), QStringLiteral("葡萄美酒夜光杯-2026"));
        QCOMPARE(fresh.status, 200);
        QCOMPARE(fresh.json.value(QStringLiteral("passwordChangeRequired")), false);
        const QJsonObject after = staffMember(id);
        QCOMPARE(after.value(QStringLiteral("passwordChangeRequired")), false);
        QVERIFY(!after.value(QStringLiteral("lastSignInAt")).isNull());

        const QStringList audited = auditDetails(QStringLiteral("staff.create"));
        QVERIFY(!audited.isEmpty());
        QVERIFY2(audited.first().contains(QLatin1String("agent07")), qPrintable(audited.first()));
        QVERIFY(!audited.first().contains(otp));
    }

    void staffInputIsValidated_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const auto body = [](const QString &username, const QString &name, const QString &role) {
            return QJsonObject {{QStringLiteral("username"), username},
                {QStringLiteral("displayName"), name}, {QStringLiteral("role"), role}};
        };
        const QString ok = QStringLiteral("agent99");
        const QString name = QStringLiteral("张三");
        const QString agent = QStringLiteral("agent");
        QTest::newRow("too short") << body(QStringLiteral("ab"), name, agent) << "username";
        QTest::newRow("too long") << body(QString(33, QLatin1Char('a')), name, agent) << "username";
        QTest::newRow("capital") << body(QStringLiteral("Agent99"), name, agent) << "username";
        QTest::newRow("digit first") << body(QStringLiteral("9agent"), name, agent) << "username";
        QTest::newRow("space") << body(QStringLiteral("agent 99"), name, agent) << "username";
        QTest::newRow("accent") << body(QStringLiteral("agënt99"), name, agent) << "username";
        QTest::newRow("empty name") << body(ok, QString(), agent) << "displayName";
        QTest::newRow("long name") << body(ok, QString(65, QChar(0x5F20)), agent) << "displayName";
        QTest::newRow("control") << body(ok, QStringLiteral("张\u0007三"), agent) << "displayName";
        QTest::newRow("bidi override")
            << body(ok, QStringLiteral("张") + QChar(0x202E) + QStringLiteral("三"), agent)
            << "displayName";
        // Line and paragraph separators break the line on every console and
        // in the audit log as a newline would.
        QTest::newRow("line separator")
            << body(ok, QStringLiteral("张") + QChar(0x2028) + QStringLiteral("admin01"), agent)
            << "displayName";
        QTest::newRow("paragraph separator")
            << body(ok, QStringLiteral("张") + QChar(0x2029) + QStringLiteral("三"), agent)
            << "displayName";
        QTest::newRow("role") << body(ok, name, QStringLiteral("root")) << "role";
        QJsonObject withPassword = body(ok, name, agent);
        withPassword.insert(QStringLiteral("password"), QStringLiteral("chosen-by-admin"));
        QTest::newRow("password field") << withPassword << "password";
    }
    void staffInputIsValidated()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const auto r = m_admin->post(QStringLiteral("/api/v1/staff"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("validation_failed"));
        QCOMPARE(r.field(), field);
    }

    // The console chose its desk by the role at sign-in: a new role ends the
    // person's sessions everywhere; a new display name does not.
    void aNewRoleEndsTheSessions()
    {
        const Created c = create();
        auto elsewhere = activated(c, &m_second); // signed in on the other process
        const QString path = QStringLiteral("/api/v1/staff/%1").arg(c.id);
        const qint64 version = staffMember(c.id).value(QStringLiteral("version")).toInteger();
        const auto renamed = m_admin->patch(
            path, {{QStringLiteral("displayName"), QStringLiteral("改名")}}, ifMatch(version));
        QCOMPARE(renamed.status, 200);
        QTest::qWait(1200); // past every thread's token cache
        QCOMPARE(elsewhere->get(QStringLiteral("/api/v1/auth/me")).status, 200);

        const auto promoted
            = m_admin->patch(path, {{QStringLiteral("role"), QStringLiteral("supervisor")}},
                ifMatch(renamed.json.value(QStringLiteral("version")).toInteger()));
        QCOMPARE(promoted.status, 200);
        const qint64 refusedAfter = msUntilRefused(*elsewhere);
        QVERIFY2(
            refusedAfter >= 0 && refusedAfter <= 1500, qPrintable(QString::number(refusedAfter)));
    }

    void disableRevokesSessionsEverywhereAndEnableRestores()
    {
        const Created c = create();
        auto elsewhere = activated(c, &m_second); // signed in on the other process
        QCOMPARE(elsewhere->get(QStringLiteral("/api/v1/auth/me")).status, 200);

        const auto disabled
            = m_admin->post(QStringLiteral("/api/v1/staff/%1/disable").arg(c.id), {});
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.json.value(QStringLiteral("disabled")), true);
        const qint64 version = disabled.json.value(QStringLiteral("version")).toInteger();
        const qint64 refusedAfter = msUntilRefused(*elsewhere);
        QVERIFY2(
            refusedAfter >= 0 && refusedAfter <= 1500, qPrintable(QString::number(refusedAfter)));

        const auto right = caller()->signIn(c.username, permanentPassword(c.username));
        QCOMPARE(right.status, 403);
        QCOMPARE(right.code(), QStringLiteral("account_disabled"));
        const auto wrong = caller()->signIn(c.username, QStringLiteral("a-wrong-password"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.code(), QStringLiteral("invalid_credentials"));

        const auto twice = m_admin->post(QStringLiteral("/api/v1/staff/%1/disable").arg(c.id), {});
        QCOMPARE(twice.status, 200);
        QCOMPARE(twice.json.value(QStringLiteral("version")).toInteger(), version);

        const auto enabled = m_admin->post(QStringLiteral("/api/v1/staff/%1/enable").arg(c.id), {});
        QCOMPARE(enabled.status, 200);
        QCOMPARE(enabled.json.value(QStringLiteral("disabled")), false);
        QCOMPARE(caller()->signIn(c.username, permanentPassword(c.username)).status, 200);

        QVERIFY(auditDetails(QStringLiteral("staff.disable")).contains(c.username));
        QVERIFY(auditDetails(QStringLiteral("staff.enable")).contains(c.username));

        const auto self = m_admin->get(QStringLiteral("/api/v1/auth/me")).json;
        const auto own = m_admin->post(QStringLiteral("/api/v1/staff/%1/disable")
                                           .arg(self.value(QStringLiteral("id")).toInteger()),
            {});
        QCOMPARE(own.status, 409);
        QCOMPARE(own.code(), QStringLiteral("invalid_state"));
        QCOMPARE(m_admin->post(QStringLiteral("/api/v1/staff/999999/disable"), {}).status, 404);
        QCOMPARE(m_admin->post(QStringLiteral("/api/v1/staff/01/disable"), {}).status, 404);
    }

    void passwordResetRevokesAndAsksForAChange()
    {
        const Created c = create(QStringLiteral("supervisor"));
        auto elsewhere = activated(c, &m_second);
        const auto reset = m_admin->post(QStringLiteral("/api/v1/staff/%1/password").arg(c.id), {});
        QCOMPARE(reset.status, 200);
        const QString otp = reset.json.value(QStringLiteral("oneTimePassword")).toString();
        QCOMPARE(otp.size(), 16);
        QVERIFY(otp != c.oneTimePassword);
        QCOMPARE(reset.json.value(QStringLiteral("staff"))
                     .toObject()
                     .value(QStringLiteral("passwordChangeRequired")),
            true);
        const qint64 refusedAfter = msUntilRefused(*elsewhere);
        QVERIFY2(
            refusedAfter >= 0 && refusedAfter <= 1500, qPrintable(QString::number(refusedAfter)));
        QCOMPARE(caller()->signIn(c.username, permanentPassword(c.username)).status, 401);
        auto api = caller();
        const auto login = api->signIn(c.username, otp);
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json.value(QStringLiteral("passwordChangeRequired")), true);
        const auto sameAsName = api->post(QStringLiteral("/api/v1/auth/password"),
            {{QStringLiteral("currentPassword"), otp},
                {QStringLiteral("newPassword"), c.username}});
        QCOMPARE(sameAsName.status, 400);
        QCOMPARE(sameAsName.field(), QStringLiteral("newPassword"));
        QVERIFY(sameAsName.json.value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("username")));
        const QStringList audited = auditDetails(QStringLiteral("staff.password_reset"));
        QVERIFY(audited.contains(c.username));
        for (const QString &d : audited)
            QVERIFY(!d.contains(otp));
    }

    void unlockEndsALockOut()
    {
        const Created c = create();
        activated(c);
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(caller()->signIn(c.username, QStringLiteral("wrong-%1").arg(i)).status, 401);
        QCOMPARE(caller()->signIn(c.username, QStringLiteral("wrong-5")).status, 423);
        QCOMPARE(caller()->signIn(c.username, permanentPassword(c.username)).status, 423);
        QVERIFY(!staffMember(c.id).value(QStringLiteral("lockedUntil")).isNull());

        const auto unlocked
            = m_admin->post(QStringLiteral("/api/v1/staff/%1/unlock").arg(c.id), {});
        QCOMPARE(unlocked.status, 200);
        QVERIFY(unlocked.json.value(QStringLiteral("lockedUntil")).isNull());
        QCOMPARE(caller()->signIn(c.username, permanentPassword(c.username)).status, 200);
        const auto again = m_admin->post(QStringLiteral("/api/v1/staff/%1/unlock").arg(c.id), {});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), QStringLiteral("not_locked"));
        QVERIFY(auditDetails(QStringLiteral("staff.unlock")).contains(c.username));
    }

    void wrongCurrentPasswordCountsTowardsTheLockOut()
    {
        const Created c = create();
        auto api = activated(c);
        for (int i = 1; i <= 4; ++i) {
            const auto r = api->post(QStringLiteral("/api/v1/auth/password"),
                {{QStringLiteral("currentPassword"), QStringLiteral("guess-%1").arg(i)},
                    {QStringLiteral("newPassword"), QStringLiteral("another-long-one")}});
            QCOMPARE(r.status, 400);
            QCOMPARE(r.field(), QStringLiteral("currentPassword"));
        }
        // The fifth failure, at the sign-in, locks.
        QCOMPARE(caller()->signIn(c.username, QStringLiteral("guess-5")).status, 423);
        QCOMPARE(caller()->signIn(c.username, permanentPassword(c.username)).status, 423);
    }

    void secondFactorEnrolConfirmRemove()
    {
        const Created c = create();
        activated(c);
        const QString password = permanentPassword(c.username);
        const auto enrol = m_admin->post(QStringLiteral("/api/v1/staff/%1/totp").arg(c.id), {});
        QCOMPARE(enrol.status, 200);
        const QByteArray secret = enrol.json.value(QStringLiteral("secret")).toString().toLatin1();
        QCOMPARE(secret.size(), 32);
        const QString uri = enrol.json.value(QStringLiteral("otpauthUri")).toString();
        QCOMPARE(uri,
            QStringLiteral("otpauth://totp/WalletDesk:%1?secret=%2&issuer=WalletDesk&algorithm=SHA1"
                           "&digits=6&period=30")
                .arg(c.username, QString::fromLatin1(secret)));
        QCOMPARE(enrol.json.value(QStringLiteral("staff")).toObject().value(QStringLiteral("totp")),
            QStringLiteral("pending"));
        // Pending: not asked for yet.
        QCOMPARE(caller()->signIn(c.username, password).status, 200);

        // A code unlike any the server could accept now (it allows a step
        // either side for drift; two more for the time the request takes).
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QSet<QString> near;
        for (int step = -2; step <= 2; ++step)
            near.insert(Credentials::totp(secret, now + step * 30));
        QString wrongCode;
        for (int n = 0; wrongCode.isEmpty() || near.contains(wrongCode); ++n)
            wrongCode = QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
        const auto bad = m_admin->post(QStringLiteral("/api/v1/staff/%1/totp/confirm").arg(c.id),
            {{QStringLiteral("code"), wrongCode}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.code(), QStringLiteral("invalid_otp"));
        QCOMPARE(bad.field(), QStringLiteral("code"));
        QCOMPARE(staffMember(c.id).value(QStringLiteral("totp")), QStringLiteral("pending"));

        const auto confirmed
            = m_admin->post(QStringLiteral("/api/v1/staff/%1/totp/confirm").arg(c.id),
                {{QStringLiteral("code"),
                    Credentials::totp(secret, QDateTime::currentSecsSinceEpoch())}});
        QCOMPARE(confirmed.status, 200);
        QCOMPARE(confirmed.json.value(QStringLiteral("totp")), QStringLiteral("active"));
        const auto withoutCode = caller()->signIn(c.username, password);
        QCOMPARE(withoutCode.status, 401);
        QCOMPARE(withoutCode.code(), QStringLiteral("otp_required"));
        const auto signInWith = [&](const QString &code) {
            return caller()->post(QStringLiteral("/api/v1/auth/login"),
                {{QStringLiteral("username"), c.username}, {QStringLiteral("password"), password},
                    {QStringLiteral("otp"), code}});
        };
        const qint64 signInAt = QDateTime::currentSecsSinceEpoch();
        const QString code = Credentials::totp(secret, signInAt);
        // A code works once (RFC 6238, 5.2): one read over a shoulder or kept
        // by a proxy opens nothing. Sent at once through both processes, it
        // signs in one of them (three, so the failures stay below the lock-out).
        const QByteArray body = QJsonDocument(
            QJsonObject {{u"username"_s, c.username}, {u"password"_s, password},
                {u"otp"_s, code}}).toJson(QJsonDocument::Compact);
        auto first = caller();
        auto other = caller(m_second);
        const QMap<QByteArray, QByteArray> json {{"Content-Type", "application/json"}};
        const auto together
            = ApiCaller::sendTogether({{first.get(), "POST", u"/api/v1/auth/login"_s, body, json},
                {other.get(), "POST", u"/api/v1/auth/login"_s, body, json},
                {first.get(), "POST", u"/api/v1/auth/login"_s, body, json}});
        int signedInTogether = 0;
        for (const auto &r : together) {
            signedInTogether += r.status == 200 ? 1 : 0;
            QVERIFY2(
                r.status == 200 || r.code() == QLatin1String("invalid_otp"), r.body.constData());
        }
        QCOMPARE(signedInTogether, 1);
        const auto replayed = signInWith(code);
        QCOMPARE(replayed.status, 401);
        QCOMPARE(replayed.code(), QStringLiteral("invalid_otp"));
        // The next step's code still works, and after it no older one.
        QCOMPARE(signInWith(Credentials::totp(secret, signInAt + 30)).status, 200);
        QCOMPARE(signInWith(code).code(), QStringLiteral("invalid_otp"));

        const auto notPending
            = m_admin->post(QStringLiteral("/api/v1/staff/%1/totp/confirm").arg(c.id),
                {{QStringLiteral("code"), QStringLiteral("123456")}});
        QCOMPARE(notPending.status, 409);
        QCOMPARE(notPending.code(), QStringLiteral("not_pending"));

        const auto removed
            = m_admin->send("DELETE", QStringLiteral("/api/v1/staff/%1/totp").arg(c.id), {});
        QCOMPARE(removed.status, 200);
        QCOMPARE(removed.json.value(QStringLiteral("totp")), QStringLiteral("none"));
        QCOMPARE(caller()->signIn(c.username, password).status, 200);

        for (const char *action : {"staff.totp_enrol", "staff.totp_confirm", "staff.totp_remove"}) {
            const QStringList audited = auditDetails(QLatin1String(action));
            QVERIFY2(audited.contains(c.username), action);
            for (const QString &d : audited)
                QVERIFY(!d.contains(QString::fromLatin1(secret)));
        }
    }

    void editsNeedTheCurrentVersion()
    {
        const Created c = create();
        const QString path = QStringLiteral("/api/v1/staff/%1").arg(c.id);
        const QJsonObject rename {{QStringLiteral("displayName"), QStringLiteral("新名字")}};
        const auto without = m_admin->patch(path, rename);
        QCOMPARE(without.status, 428);
        QCOMPARE(without.code(), QStringLiteral("if_match_required"));
        const auto renamed = m_admin->patch(path, rename, ifMatch(1));
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json.value(QStringLiteral("displayName")), QStringLiteral("新名字"));
        QCOMPARE(renamed.json.value(QStringLiteral("version")).toInteger(), 2);
        const auto stale = m_admin->patch(
            path, {{QStringLiteral("role"), QStringLiteral("supervisor")}}, ifMatch(1));
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.code(), QStringLiteral("version_conflict"));
        QCOMPARE(stale.json.value(QStringLiteral("current"))
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toInteger(),
            2);
        const auto promoted = m_admin->patch(
            path, {{QStringLiteral("role"), QStringLiteral("supervisor")}}, ifMatch(2));
        QCOMPARE(promoted.status, 200);
        QCOMPARE(promoted.json.value(QStringLiteral("role")), QStringLiteral("supervisor"));
        QCOMPARE(m_admin->patch(path, {}, ifMatch(3)).status, 400);
        QCOMPARE(
            m_admin->patch(path, {{QStringLiteral("role"), QStringLiteral("boss")}}, ifMatch(3))
                .field(),
            QStringLiteral("role"));
        QCOMPARE(m_admin
                     ->patch(path,
                         {{QStringLiteral("role"), QStringLiteral("agent")},
                             {QStringLiteral("username"), QStringLiteral("renamed")}},
                         ifMatch(3))
                     .field(),
            QStringLiteral("username"));
        const QStringList audited = auditDetails(QStringLiteral("staff.update"));
        QVERIFY(!audited.isEmpty());
        QVERIFY2(audited.first().startsWith(c.username), qPrintable(audited.first()));
        QVERIFY2(audited.first().contains(QLatin1String("agent -> supervisor")),
            qPrintable(audited.first()));
    }

    void theLastAdministratorStays()
    {
        const qint64 me = m_admin->get(QStringLiteral("/api/v1/auth/me"))
                              .json.value(QStringLiteral("id"))
                              .toInteger();
        const auto demote = m_admin->patch(QStringLiteral("/api/v1/staff/%1").arg(me),
            {{QStringLiteral("role"), QStringLiteral("supervisor")}},
            ifMatch(staffMember(me).value(QStringLiteral("version")).toInteger()));
        QCOMPARE(demote.status, 409);
        QCOMPARE(demote.code(), QStringLiteral("last_admin"));

        // Two administrators on two processes disable each other at once:
        // one of them stays, every round.
        const Created other = create(QStringLiteral("admin"));
        auto second = activated(other, &m_second);
        for (int round = 0; round < 4; ++round) {
            const auto answers = ApiCaller::sendTogether(
                {{m_admin.get(), "POST", QStringLiteral("/api/v1/staff/%1/disable").arg(other.id),
                     "{}", {{"Content-Type", "application/json"}}},
                    {second.get(), "POST", QStringLiteral("/api/v1/staff/%1/disable").arg(me), "{}",
                        {{"Content-Type", "application/json"}}}});
            const int won = int(std::count_if(answers.begin(), answers.end(),
                [](const ApiCaller::Response &r) { return r.status == 200; }));
            QVERIFY2(won <= 1, qPrintable(QStringLiteral("round %1: both disabled").arg(round)));
            for (const auto &r : answers)
                QVERIFY2(r.status == 200 || r.code() == QLatin1String("last_admin")
                        || r.code() == QLatin1String("invalid_token"),
                    r.body.constData());
            // Whoever is still enabled brings the other back.
            const bool meEnabled = !staffMember(me).isEmpty()
                && !staffMember(me).value(QStringLiteral("disabled")).toBool();
            if (meEnabled) {
                QCOMPARE(m_admin->post(QStringLiteral("/api/v1/staff/%1/enable").arg(other.id), {})
                             .status,
                    200);
                second = signedIn(other.username, permanentPassword(other.username), &m_second);
            } else {
                QCOMPARE(second->post(QStringLiteral("/api/v1/staff/%1/enable").arg(me), {}).status,
                    200);
                m_admin = signedIn(QStringLiteral("admin01"), QStringLiteral("admin01-demo"));
            }
        }
        // And demote each other at once: at most one goes.
        const auto answers = ApiCaller::sendTogether(
            {{m_admin.get(), "PATCH", QStringLiteral("/api/v1/staff/%1").arg(other.id),
                 R"({"role": "agent"})",
                 {{"Content-Type", "application/json"},
                     {"If-Match",
                         QByteArray::number(
                             staffMember(other.id).value(QStringLiteral("version")).toInteger())}}},
                {second.get(), "PATCH", QStringLiteral("/api/v1/staff/%1").arg(me),
                    R"({"role": "agent"})",
                    {{"Content-Type", "application/json"},
                        {"If-Match",
                            QByteArray::number(
                                staffMember(me).value(QStringLiteral("version")).toInteger())}}}});
        int admins = 0;
        // Asked by whoever is still an administrator.
        const auto staffNow = (answers.at(1).status == 200 ? second : m_admin)
                                  ->get(QStringLiteral("/api/v1/staff"));
        for (const auto &s : staffNow.items())
            if (s.toObject().value(QStringLiteral("role")).toString() == QLatin1String("admin")
                && !s.toObject().value(QStringLiteral("disabled")).toBool())
                ++admins;
        QVERIFY2(admins >= 1, staffNow.body.constData());
        QVERIFY(answers.at(0).status != 200 || answers.at(1).status != 200);
        // Leave admin01 the administrator for the tests after this one.
        if (answers.at(1).status == 200) {
            QCOMPARE(second
                         ->patch(QStringLiteral("/api/v1/staff/%1").arg(me),
                             {{QStringLiteral("role"), QStringLiteral("admin")}},
                             ifMatch(staffMember(me).value(QStringLiteral("version")).toInteger()))
                         .status,
                200);
            m_admin = signedIn(QStringLiteral("admin01"), QStringLiteral("admin01-demo"));
        }
    }

    void calendarYearIsReplaced()
    {
        const auto before = m_admin->get(QStringLiteral("/api/v1/reference"));
        const qint64 version = before.json.value(QStringLiteral("version")).toInteger();
        int was[2] = {0, 0};
        for (const auto &h : before.json.value(QStringLiteral("holidays")).toArray()) {
            const QJsonObject o = h.toObject();
            if (o.value(QStringLiteral("date")).toString().startsWith(QLatin1String("2027-")))
                ++was[o.value(QStringLiteral("kind")).toString() == QLatin1String("workday") ? 1
                                                                                             : 0];
        }
        const QJsonArray days {
            day(QStringLiteral("2027-02-16"), QStringLiteral("holiday"), QStringLiteral("春节")),
            day(QStringLiteral("2027-02-17"), QStringLiteral("holiday"), QStringLiteral("春节")),
            day(QStringLiteral("2027-02-20"), QStringLiteral("workday"),
                QStringLiteral("春节调休"))};
        const QJsonObject body {{QStringLiteral("days"), days}};
        QCOMPARE(m_admin->put(QStringLiteral("/api/v1/calendar/2027"), body).status, 428);
        const auto put
            = m_admin->put(QStringLiteral("/api/v1/calendar/2027"), body, ifMatch(version));
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json.value(QStringLiteral("version")).toInteger(), version + 1);
        QCOMPARE(
            put.headers.value("etag"), QByteArray("\"v") + QByteArray::number(version + 1) + '"');
        QList<QJsonObject> of2027;
        int otherYears = 0;
        for (const auto &h : put.json.value(QStringLiteral("holidays")).toArray()) {
            if (h.toObject()
                    .value(QStringLiteral("date"))
                    .toString()
                    .startsWith(QLatin1String("2027-")))
                of2027 << h.toObject();
            else
                ++otherYears;
        }
        QCOMPARE(of2027.size(), 3);
        QCOMPARE(of2027.at(2), days.at(2).toObject());
        QVERIFY(otherYears > 0); // other years untouched
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/reference"))
                     .json.value(QStringLiteral("holidays"))
                     .toArray()
                     .size(),
            otherYears + 3);

        const auto stale
            = m_admin->put(QStringLiteral("/api/v1/calendar/2027"), body, ifMatch(version));
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.code(), QStringLiteral("version_conflict"));
        QCOMPARE(stale.json.value(QStringLiteral("current"))
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toInteger(),
            version + 1);

        const QStringList audited = auditDetails(QStringLiteral("calendar.update"));
        QVERIFY(!audited.isEmpty());
        QCOMPARE(audited.first(),
            QStringLiteral("2027: 2 holidays, 1 make-up working days; was %1 and %2")
                .arg(was[0])
                .arg(was[1]));
        QVERIFY(referenceChanges().contains(version + 1));
    }

    void calendarInputIsValidated_data()
    {
        QTest::addColumn<QString>("year");
        QTest::addColumn<QJsonArray>("days");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        const QString h = QStringLiteral("holiday");
        QTest::newRow("other year")
            << "2028" << QJsonArray {day(QStringLiteral("2027-01-01"), h, QStringLiteral("元旦"))}
            << 400 << "days[0].date";
        QTest::newRow("twice") << "2027"
                               << QJsonArray {day(QStringLiteral("2027-01-01"), h,
                                                  QStringLiteral("元旦")),
                                      day(QStringLiteral("2027-01-01"), h, QStringLiteral("元旦"))}
                               << 400 << "days[1].date";
        QTest::newRow("no name") << "2027"
                                 << QJsonArray {day(QStringLiteral("2027-01-01"), h, QString())}
                                 << 400 << "days[0].name";
        QTest::newRow("long name")
            << "2027"
            << QJsonArray {day(QStringLiteral("2027-01-01"), h, QString(41, QChar(0x8282)))} << 400
            << "days[0].name";
        QTest::newRow("line break in the name")
            << "2027"
            << QJsonArray {day(QStringLiteral("2027-01-01"), h, QStringLiteral("元旦\n调休"))}
            << 400 << "days[0].name";
        QTest::newRow("bidi override in the name")
            << "2027"
            << QJsonArray {day(QStringLiteral("2027-01-01"), h,
                   QStringLiteral("元旦") + QChar(0x202E) + QStringLiteral("休"))}
            << 400 << "days[0].name";
        QTest::newRow("kind") << "2027"
                              << QJsonArray {day(QStringLiteral("2027-01-01"),
                                     QStringLiteral("vacation"), QStringLiteral("假"))}
                              << 400 << "days[0].kind";
        QTest::newRow("date") << "2027"
                              << QJsonArray {day(
                                     QStringLiteral("2027-02-30"), h, QStringLiteral("假"))}
                              << 400 << "days[0].date";
        QJsonArray tooMany;
        for (int i = 0; i < 101; ++i)
            tooMany.append(
                day(QDate(2027, 1, 1).addDays(i).toString(Qt::ISODate), h, QStringLiteral("假")));
        QTest::newRow("101 days") << "2027" << tooMany << 400 << "days";
        QTest::newRow("year range") << "1999" << QJsonArray {} << 400 << "year";
        QTest::newRow("year not a number") << "2027x" << QJsonArray {} << 404 << QString();
    }
    void calendarInputIsValidated()
    {
        QFETCH(QString, year);
        QFETCH(QJsonArray, days);
        QFETCH(int, status);
        QFETCH(QString, field);
        const qint64 version = referenceVersion();
        const auto r = m_admin->put(QStringLiteral("/api/v1/calendar/") + year,
            {{QStringLiteral("days"), days}}, ifMatch(version));
        QCOMPARE(r.status, status);
        QCOMPARE(r.field(), field);
        QCOMPARE(referenceVersion(), version);
    }

    void deadlinePolicyIsEdited()
    {
        const auto before = m_admin->get(QStringLiteral("/api/v1/reference"));
        const qint64 version = before.json.value(QStringLiteral("version")).toInteger();
        QJsonObject policy = before.json.value(QStringLiteral("policy")).toObject();
        const int ack = policy.value(QStringLiteral("acknowledgeWorkingDays")).toInt();
        policy.insert(QStringLiteral("acknowledgeWorkingDays"), ack + 1);
        QCOMPARE(m_admin->put(QStringLiteral("/api/v1/deadline-policy"), policy).status, 428);
        const auto put
            = m_admin->put(QStringLiteral("/api/v1/deadline-policy"), policy, ifMatch(version));
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json.value(QStringLiteral("policy")).toObject(), policy);
        QCOMPARE(put.json.value(QStringLiteral("version")).toInteger(), version + 1);
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/reference"))
                     .json.value(QStringLiteral("policy"))
                     .toObject(),
            policy);
        const auto stale
            = m_admin->put(QStringLiteral("/api/v1/deadline-policy"), policy, ifMatch(version));
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.code(), QStringLiteral("version_conflict"));
        const QStringList audited = auditDetails(QStringLiteral("policy.update"));
        QVERIFY(!audited.isEmpty());
        QCOMPARE(audited.first(),
            QStringLiteral("acknowledgeWorkingDays %1 -> %2").arg(ack).arg(ack + 1));
        QVERIFY(referenceChanges().contains(version + 1));
    }

    void deadlinePolicyIsValidated_data()
    {
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<QString>("field");
        const auto one = [](const char *name, int value) {
            return QJsonObject {{QLatin1String(name), value}};
        };
        QTest::newRow("acknowledge 0")
            << one("acknowledgeWorkingDays", 0) << "acknowledgeWorkingDays";
        QTest::newRow("acknowledge 11")
            << one("acknowledgeWorkingDays", 11) << "acknowledgeWorkingDays";
        QTest::newRow("resolve 91") << QJsonObject {{QStringLiteral("resolveCalendarDays"), 91},
            {QStringLiteral("maxExtendedCalendarDays"), 180}}
                                    << "resolveCalendarDays";
        QTest::newRow("extended below resolve")
            << one("maxExtendedCalendarDays", 1) << "maxExtendedCalendarDays";
        QTest::newRow("extended 181")
            << one("maxExtendedCalendarDays", 181) << "maxExtendedCalendarDays";
        QTest::newRow("withdrawal 11")
            << one("withdrawalArrivalWorkingDays", 11) << "withdrawalArrivalWorkingDays";
        QTest::newRow("reversal 0") << one("reversalWorkingDays", 0) << "reversalWorkingDays";
        QTest::newRow("unknown field") << one("resolveWorkingDays", 3) << "resolveWorkingDays";
    }
    void deadlinePolicyIsValidated()
    {
        QFETCH(QJsonObject, changes);
        QFETCH(QString, field);
        const auto before = m_admin->get(QStringLiteral("/api/v1/reference"));
        const qint64 version = before.json.value(QStringLiteral("version")).toInteger();
        QJsonObject policy = before.json.value(QStringLiteral("policy")).toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            policy.insert(it.key(), it.value());
        const auto r
            = m_admin->put(QStringLiteral("/api/v1/deadline-policy"), policy, ifMatch(version));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.field(), field);
        QCOMPARE(referenceVersion(), version);
    }

    // The router serves exactly the endpoints docs/api.md lists, each with
    // the access its role marker names.
    void unfitCallIdsAreRefused_data()
    {
        QTest::addColumn<QString>("callId");
        QTest::newRow("bidi override") << QStringLiteral("call-") + QChar(0x202E) + u"1-llac"_s;
        QTest::newRow("line separator") << QStringLiteral("call-2") + QChar(0x2028) + u"forged"_s;
        QTest::newRow("escape") << QStringLiteral("call-3\x1b[2Jforged");
        QTest::newRow("zero-width joiner") << QStringLiteral("call-4") + QChar(0x200D);
        // Cut to 64 before, so that two long ids could name one call.
        QTest::newRow("65 characters") << QString(65, QLatin1Char('c'));
    }
    // The call id is written to the audit log with every read: what a
    // supervisor reads there must be what was sent, line for line.
    void unfitCallIdsAreRefused()
    {
        QFETCH(QString, callId);
        const auto refused
            = m_agent->get(QStringLiteral("/api/v1/accounts/1"), {{"X-Call-Id", callId.toUtf8()}});
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.field(), QStringLiteral("X-Call-Id"));
        const auto audit = m_supervisor->get(QStringLiteral("/api/v1/audit?action=account.view"));
        QCOMPARE(audit.status, 200);
        for (const auto &e : audit.items())
            QVERIFY(e.toObject().value(QStringLiteral("callId")).toString() != callId);
        const auto plain = m_agent->get(QStringLiteral("/api/v1/accounts/1"),
            {{"X-Call-Id", "call-\xe5\x91\xbc\xe5\x8f\xab-1"}});
        QCOMPARE(plain.status, 200);
    }

    void timeZoneIsAnIdTheMachineLists_data()
    {
        QTest::addColumn<QString>("zone");
        // On Linux QTimeZone takes each of these: a POSIX rule ("Asia" is UTC
        // with a name, "CST-8" an offset other platforms cannot read), a path
        // below the zoneinfo directory, the machine's own zone file.
        QTest::newRow("a region alone") << u"Asia"_s;
        QTest::newRow("posix rule") << u"CST-8"_s;
        QTest::newRow("posix rule with dst") << u"ABC+5DEF,M3.2.0,M11.1.0"_s;
        QTest::newRow("dot-dot path") << u"Asia/../Asia/Shanghai"_s;
        QTest::newRow("posix directory") << u"posix/Asia/Shanghai"_s;
        QTest::newRow("localtime") << u"localtime"_s;
        QTest::newRow("trailing space") << u"Asia/Shanghai "_s;
        QTest::newRow("lower case") << u"asia/shanghai"_s;
    }
    void timeZoneIsAnIdTheMachineLists()
    {
        QFETCH(QString, zone);
        const auto before = m_admin->get(QStringLiteral("/api/v1/reference"));
        const qint64 version = before.json.value(QStringLiteral("version")).toInteger();
        QJsonObject data = before.json;
        data.insert(QStringLiteral("timeZone"), zone);
        const auto r = m_admin->put(QStringLiteral("/api/v1/reference"), data, ifMatch(version));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.field(), QStringLiteral("timeZone"));
        QCOMPARE(referenceVersion(), version);
    }

    // Year by year the calendar could grow past what the reference data's
    // reader takes (2000 days): from then on every read of it was a 500, on
    // the server and on every console. The put that would pass it is refused.
    void calendarStaysReadable()
    {
        const auto putYear = [&](int year, int count) {
            QJsonArray days;
            const QDate first(year, 1, 1);
            for (int i = 0; i < count; ++i)
                days.append(day(first.addDays(i).toString(Qt::ISODate), u"holiday"_s, u"假日"_s));
            return m_admin->put(QStringLiteral("/api/v1/calendar/%1").arg(year),
                {{u"days"_s, days}}, ifMatch(referenceVersion()));
        };
        int refusedAt = 0;
        for (int year = 2060; year <= 2090 && refusedAt == 0; ++year) {
            const auto r = putYear(year, 100);
            if (r.status != 200) {
                QCOMPARE(r.status, 400);
                QCOMPARE(r.field(), QStringLiteral("holidays"));
                refusedAt = year;
            }
        }
        QVERIFY(refusedAt > 2060);
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/reference")).status, 200);
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/reference")).status, 200);
        for (int year = 2060; year < refusedAt; ++year)
            QCOMPARE(putYear(year, 0).status, 200);
    }

    // A code ending in a newline looked like a code with one; it was taken
    // as a second, different "kiosk" beside the real one.
    void referenceCodesHaveNoTrailingNewline()
    {
        const auto before = m_admin->get(QStringLiteral("/api/v1/reference"));
        const qint64 version = before.json.value(QStringLiteral("version")).toInteger();
        QJsonObject data = before.json;
        QJsonArray channels = data.value(QStringLiteral("channels")).toArray();
        channels.append(QJsonObject {
            {u"code"_s, u"kiosk\n"_s}, {u"nameZh"_s, u"自助机"_s}, {u"nameEn"_s, u"Kiosk"_s}});
        data.insert(QStringLiteral("channels"), channels);
        const auto r = m_admin->put(QStringLiteral("/api/v1/reference"), data, ifMatch(version));
        QCOMPARE(r.status, 400);
        QVERIFY2(r.field().endsWith(QLatin1String(".code")), qPrintable(r.field()));
        QCOMPARE(referenceVersion(), version);
    }

    void routesAreTheDocumentedOnes()
    {
        QString error;
        const QList<DocumentedEndpoint> documented = documentedEndpoints(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(documented.size() > 50);
        const QHash<QString, Access> accessOf {{QStringLiteral("public"), Access::Public},
            {QStringLiteral("any role"), Access::Account},
            {QStringLiteral("signed in"), Access::SignedIn},
            {QStringLiteral("supervisor"), Access::Supervisor},
            {QStringLiteral("admin"), Access::Admin}};
        QSet<QString> fromDocument;
        for (const DocumentedEndpoint &e : documented)
            fromDocument.insert(QStringLiteral("%1 %2 %3")
                                    .arg(QString::fromLatin1(e.method), normalised(e.path))
                                    .arg(int(accessOf.value(e.role))));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSet<QString> served;
        {
            Database db = Database::open(
                dir.filePath(QStringLiteral("routes.db")), QStringLiteral("routes"));
            db.migrate();
            {
                ServerContext context(db, ServerConfig {});
                Router router;
                const auto modules = mountApiModules(context, router);
                const QHash<Router::Method, QString> names {
                    {Router::Method::Get, QStringLiteral("GET")},
                    {Router::Method::Post, QStringLiteral("POST")},
                    {Router::Method::Put, QStringLiteral("PUT")},
                    {Router::Method::Patch, QStringLiteral("PATCH")},
                    {Router::Method::Delete, QStringLiteral("DELETE")}};
                for (const Router::RouteInfo &r : router.routes()) {
                    QVERIFY(r.pattern.startsWith(QLatin1String("/api/v1/")));
                    served.insert(QStringLiteral("%1 %2 %3")
                                      .arg(names.value(r.method, QStringLiteral("?")),
                                          normalised(r.pattern.mid(7)))
                                      .arg(int(r.access)));
                }
            }
            db.close();
        }
        QStringList undocumented = (served - fromDocument).values();
        QStringList unserved = (fromDocument - served).values();
        undocumented.sort();
        unserved.sort();
        QVERIFY2(undocumented.isEmpty(),
            qPrintable(QStringLiteral("served but not in docs/api.md (or with another role; "
                                      "access 0 public, 1 any role, 2 signed in, 3 supervisor, 4 "
                                      "admin): ")
                + undocumented.join(QLatin1String("; "))));
        QVERIFY2(unserved.isEmpty(),
            qPrintable(QStringLiteral("in docs/api.md but not served as documented: ")
                + unserved.join(QLatin1String("; "))));
    }

    // THE 403 MATRIX, over HTTPS, from the document's own endpoint lines.
    void everyDocumentedEndpointRefusesTheWrongRole()
    {
        QString error;
        const QList<DocumentedEndpoint> documented = documentedEndpoints(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // One-time-password sessions, of a desk role and of an administrator.
        const Created pendingAgent = create();
        const Created pendingAdmin = create(QStringLiteral("admin"));
        auto oneTimeAgent = signedIn(pendingAgent.username, pendingAgent.oneTimePassword);
        auto oneTimeAdmin = signedIn(pendingAdmin.username, pendingAdmin.oneTimePassword);
        const QMap<QByteArray, QByteArray> json {{"Content-Type", "application/json"}};
        const auto send = [&](ApiCaller &api, const DocumentedEndpoint &e) {
            return api.send(e.method, QStringLiteral("/api/v1") + concrete(e.path),
                e.method == "GET" || e.method == "DELETE" ? QByteArray() : QByteArray("{}"),
                e.method == "GET" || e.method == "DELETE" ? QMap<QByteArray, QByteArray>() : json);
        };
        const auto expect = [](const ApiCaller::Response &r, const DocumentedEndpoint &e,
                                const char *who, const QString &code) {
            const QString what = QStringLiteral("%1 %2 as %3: %4 %5")
                                     .arg(QString::fromLatin1(e.method), e.path, QLatin1String(who))
                                     .arg(r.status)
                                     .arg(QString::fromUtf8(r.body.left(200)));
            return r.status == 403 && r.code() == code ? QString() : what;
        };
        QStringList failures;
        int checked = 0;
        for (const DocumentedEndpoint &e : documented) {
            if (e.role == QLatin1String("public"))
                continue;
            if (e.role == QLatin1String("any role")) {
                // Open to every role and to a one-time password; a sign-out
                // is tried on a session of its own.
                for (const auto &[who, user, password] :
                    {std::tuple {
                         "admin", QStringLiteral("admin01"), QStringLiteral("admin01-demo")},
                        std::tuple {
                            "agent", QStringLiteral("agent01"), QStringLiteral("agent01-demo")},
                        std::tuple {"one-time password", pendingAgent.username,
                            pendingAgent.oneTimePassword}}) {
                    auto api = signedIn(user, password);
                    const auto r = send(*api, e);
                    if (r.status == 401 || r.status == 403 || r.status == 404)
                        failures << QStringLiteral("%1 %2 as %3: %4")
                                        .arg(QString::fromLatin1(e.method), e.path,
                                            QLatin1String(who))
                                        .arg(r.status);
                    ++checked;
                }
                continue;
            }
            if (e.role == QLatin1String("admin")) {
                failures << expect(send(*m_agent, e), e, "agent", QStringLiteral("forbidden"));
                failures << expect(
                    send(*m_supervisor, e), e, "supervisor", QStringLiteral("forbidden"));
            } else {
                failures << expect(send(*m_admin, e), e, "admin", QStringLiteral("forbidden"));
            }
            failures << expect(send(*oneTimeAgent, e), e, "an agent's one-time password",
                QStringLiteral("password_change_required"));
            failures << expect(send(*oneTimeAdmin, e), e, "an administrator's one-time password",
                QStringLiteral("password_change_required"));
            checked += 3;
        }
        failures.removeAll(QString());
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(checked > 150);
        // The sessions used are still good: nothing above changed anything.
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/auth/me")).status, 200);
        QCOMPARE(staffMember(pendingAgent.id).value(QStringLiteral("version")).toInteger(), 1);
    }

    void cleanupTestCase()
    {
        m_second.terminate();
        m_server.terminate();
    }
};

QTEST_GUILESS_MAIN(TestServerAdmin)
#include "tst_serveradmin.moc"
