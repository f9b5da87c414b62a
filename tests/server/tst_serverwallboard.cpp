// The supervisor's wallboard on the server, over real HTTPS on SQLite or
// (WALLETDESK_TEST_BACKEND=postgres) PostgreSQL: a console's presence report
// shows its agent on a call or idle, goes stale without heartbeats and is
// gone at sign-out; the changes feed carries presence to supervisors and to
// no agent; the snapshot lists the approvals waiting and the complaints
// overdue or due today, and is refused to an agent.
#include "ApiCaller.h"
#include "Database.h"
#include "TestServer.h"
#include "WorkingCalendar.h"

#include <QJsonArray>
#include <QUuid>
#include <QtTest>

using WalletDesk::Server::Database;

class TestServerWallboard : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<ApiCaller> m_agent;
    std::unique_ptr<ApiCaller> m_supervisor;
    QString m_supervisorCursor;

    std::unique_ptr<ApiCaller> signedIn(const QString &user)
    {
        auto api = std::make_unique<ApiCaller>(m_server.baseUrl(), m_server.caCertificates());
        const auto login = api->signIn(user, user + QStringLiteral("-demo"));
        if (login.status != 200)
            qWarning() << "cannot sign in" << user << login.body;
        return api;
    }

    static QDateTime instant(const QJsonValue &v)
    {
        return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    }

    static qint64 agentIdOf(ApiCaller &api)
    {
        return api.get(QStringLiteral("/api/v1/auth/me"))
            .json.value(QStringLiteral("id"))
            .toInteger();
    }

    // The feed after *cursor as `api` sees it; moves the cursor on.
    static QList<QJsonObject> feed(ApiCaller &api, QString *cursor)
    {
        QList<QJsonObject> items;
        for (int page = 0; page < 100; ++page) {
            const auto r = api.get(QStringLiteral("/api/v1/changes?limit=1000")
                + (cursor->isEmpty() ? QString() : QStringLiteral("&since=") + *cursor));
            for (const auto &item : r.items())
                items.append(item.toObject());
            *cursor = r.json.value(QStringLiteral("cursor")).toString();
            if (!r.json.value(QStringLiteral("more")).toBool())
                break;
        }
        return items;
    }

    static QList<QJsonObject> presences(const QList<QJsonObject> &items)
    {
        QList<QJsonObject> out;
        for (const QJsonObject &o : items)
            if (o.value(QStringLiteral("entity")).toString() == QLatin1String("presence"))
                out.append(o.value(QStringLiteral("data")).toObject());
        return out;
    }

    QJsonObject wallboard()
    {
        const auto r = m_supervisor->get(QStringLiteral("/api/v1/wallboard"));
        if (r.status != 200)
            qWarning() << r.status << r.body;
        return r.json;
    }

    // The wallboard's entry for the agent, or an empty object.
    QJsonObject onWallboard(qint64 agentId)
    {
        for (const auto &a : wallboard().value(QStringLiteral("agents")).toArray())
            if (a.toObject().value(QStringLiteral("agentId")).toInteger() == agentId)
                return a.toObject();
        return {};
    }

    ApiCaller::Response report(ApiCaller &api, std::optional<QDateTime> callStartedAt)
    {
        QJsonObject body {{QStringLiteral("onCall"), callStartedAt.has_value()}};
        if (callStartedAt)
            body.insert(QStringLiteral("callStartedAt"),
                callStartedAt->toUTC().toString(Qt::ISODateWithMs));
        return api.put(QStringLiteral("/api/v1/presence"), body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare(), qPrintable(m_server.errorString()));
        QVERIFY2(
            m_server.start(TestServer::relaxedAbuseLimits()), qPrintable(m_server.errorString()));
        m_agent = signedIn(QStringLiteral("agent01"));
        m_supervisor = signedIn(QStringLiteral("super01"));
        feed(*m_supervisor, &m_supervisorCursor); // what was there before
    }

    void agentsMayNotReadIt()
    {
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/wallboard")).status, 403);
        QCOMPARE(wallboard().value(QStringLiteral("agents")).toArray().size(), 0);
    }

    void presenceShowsCallsInProgress()
    {
        const qint64 me = agentIdOf(*m_agent);
        QVERIFY(onWallboard(me).isEmpty());
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-90);
        const auto r = report(*m_agent, started);
        QCOMPARE(r.status, 200);
        const QJsonObject shown = onWallboard(me);
        QCOMPARE(shown.value(QStringLiteral("agentName")).toString(), QStringLiteral("李雷"));
        QVERIFY(shown.value(QStringLiteral("onCall")).toBool());
        QCOMPARE(instant(shown.value(QStringLiteral("callStartedAt"))).toMSecsSinceEpoch(),
            started.toMSecsSinceEpoch());

        // To the supervisor by the feed; to no agent, not even the one reporting.
        QList<QJsonObject> told = presences(feed(*m_supervisor, &m_supervisorCursor));
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().value(QStringLiteral("agentId")).toInteger(), me);
        QVERIFY(told.first().value(QStringLiteral("onCall")).toBool());
        QString agentCursor;
        QVERIFY(presences(feed(*m_agent, &agentCursor)).isEmpty());

        // A heartbeat that changes nothing is not news.
        QCOMPARE(report(*m_agent, started).status, 200);
        QVERIFY(presences(feed(*m_supervisor, &m_supervisorCursor)).isEmpty());

        // The call ends: still signed in, idle.
        QCOMPARE(report(*m_agent, std::nullopt).status, 200);
        told = presences(feed(*m_supervisor, &m_supervisorCursor));
        QCOMPARE(told.size(), 1);
        QVERIFY(!told.first().value(QStringLiteral("onCall")).toBool());
        const QJsonObject idle = onWallboard(me);
        QVERIFY(!idle.isEmpty());
        QVERIFY(!idle.value(QStringLiteral("onCall")).toBool());
        QVERIFY(idle.value(QStringLiteral("callStartedAt")).isNull());
    }

    void presenceGoesStaleWithoutHeartbeats()
    {
        const qint64 me = agentIdOf(*m_agent);
        QCOMPARE(report(*m_agent, QDateTime::currentDateTimeUtc()).status, 200);
        QVERIFY(!onWallboard(me).isEmpty());
        {
            // The console went quiet four minutes ago (crashed, cable pulled).
            Database db = Database::open(m_server.databaseSpec(),
                QStringLiteral("wallboard-%1").arg(QUuid::createUuid().toString()));
            db.exec(QStringLiteral("UPDATE presence SET seen_at = ? WHERE agent_id = ?"),
                {QDateTime::currentMSecsSinceEpoch() - 4 * 60 * 1000, me});
            db.close();
        }
        QVERIFY(onWallboard(me).isEmpty());
        feed(*m_supervisor, &m_supervisorCursor);
        // Its next heartbeat brings the agent back, and that is news.
        QCOMPARE(report(*m_agent, std::nullopt).status, 200);
        QVERIFY(!onWallboard(me).isEmpty());
        QCOMPARE(presences(feed(*m_supervisor, &m_supervisorCursor)).size(), 1);
    }

    void signOutClearsPresence()
    {
        auto other = signedIn(QStringLiteral("agent02"));
        const qint64 id = agentIdOf(*other);
        QCOMPARE(report(*other, QDateTime::currentDateTimeUtc().addSecs(-5)).status, 200);
        QVERIFY(onWallboard(id).value(QStringLiteral("onCall")).toBool());
        feed(*m_supervisor, &m_supervisorCursor);
        QCOMPARE(other->post(QStringLiteral("/api/v1/auth/logout"), {}).status, 204);
        QVERIFY(onWallboard(id).isEmpty());
        const QList<QJsonObject> told = presences(feed(*m_supervisor, &m_supervisorCursor));
        QCOMPARE(told.size(), 1);
        QVERIFY(!told.first().value(QStringLiteral("signedIn")).toBool());
        QVERIFY(!told.first().value(QStringLiteral("onCall")).toBool());
    }

    void badReportsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QString future
            = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs);
        const QString longAgo
            = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODateWithMs);
        QTest::newRow("on a call since no time")
            << QByteArray(R"({"onCall":true})") << QStringLiteral("callStartedAt");
        QTest::newRow("a start without a call")
            << (R"({"onCall":false,"callStartedAt":")" + future.toLatin1() + R"("})")
            << QStringLiteral("callStartedAt");
        QTest::newRow("in the future")
            << (R"({"onCall":true,"callStartedAt":")" + future.toLatin1() + R"("})")
            << QStringLiteral("callStartedAt");
        QTest::newRow("a day-long call")
            << (R"({"onCall":true,"callStartedAt":")" + longAgo.toLatin1() + R"("})")
            << QStringLiteral("callStartedAt");
        QTest::newRow("unknown field")
            << QByteArray(R"({"onCall":false,"status":"away"})") << QStringLiteral("status");
    }

    void badReportsAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto r = m_agent->send("PUT", QStringLiteral("/api/v1/presence"), body,
            {{"Content-Type", "application/json"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.field(), field);
    }

    void snapshotListsApprovalsAndDeadlines()
    {
        // A 2FA reset waiting for a second person.
        const auto started = m_agent->post(QStringLiteral("/api/v1/accounts/1/verifications"),
            {{QStringLiteral("callId"), QStringLiteral("call-wallboard")},
                {QStringLiteral("method"), QStringLiteral("sms")}});
        const qint64 verification = started.json.value(QStringLiteral("id")).toInteger();
        m_agent->post(QStringLiteral("/api/v1/verifications/%1/answer").arg(verification),
            {{QStringLiteral("answer"), m_server.lastSmsCode(QStringLiteral("13800138000"))}});
        const auto asked = m_agent->post(QStringLiteral("/api/v1/accounts/1/actions"),
            {{QStringLiteral("type"), QStringLiteral("two_factor_reset")},
                {QStringLiteral("verificationId"), verification},
                {QStringLiteral("callId"), QStringLiteral("call-wallboard")},
                {QStringLiteral("reason"), QStringLiteral("客户换了手机")}});
        QCOMPARE(asked.status, 201);
        const qint64 actionId = asked.json.value(QStringLiteral("id")).toInteger();

        const QJsonObject w = wallboard();
        const QDateTime at = instant(w.value(QStringLiteral("at")));
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        bool listed = false;
        for (const auto &v : w.value(QStringLiteral("approvals")).toArray()) {
            const QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("actionId")).toInteger() != actionId)
                continue;
            listed = true;
            QCOMPARE(
                a.value(QStringLiteral("type")).toString(), QStringLiteral("two_factor_reset"));
            QCOMPARE(a.value(QStringLiteral("agentName")).toString(), QStringLiteral("李雷"));
            QVERIFY(instant(a.value(QStringLiteral("createdAt"))) <= at);
        }
        QVERIFY(listed);

        // Overdue: the same complaints as the queue's overdue filter.
        const auto queue
            = m_supervisor->get(QStringLiteral("/api/v1/complaints?overdue=true&limit=200"));
        QSet<qint64> expected;
        for (const auto &v : queue.items())
            expected.insert(v.toObject().value(QStringLiteral("id")).toInteger());
        QVERIFY(!expected.isEmpty()); // the demo data has overdue complaints
        QSet<qint64> overdue;
        QDateTime previous;
        for (const auto &v : w.value(QStringLiteral("overdue")).toArray()) {
            const QJsonObject c = v.toObject();
            overdue.insert(c.value(QStringLiteral("id")).toInteger());
            const QDateTime due = instant(c.value(QStringLiteral("dueAt")));
            QVERIFY(due < at);
            QVERIFY(!previous.isValid() || previous <= due); // longest overdue first
            previous = due;
            QVERIFY(!c.value(QStringLiteral("category")).toString().isEmpty());
        }
        QCOMPARE(overdue, expected);
        QCOMPARE(w.value(QStringLiteral("overdueCount")).toInt(), expected.size());
        // Due today: later today, China time, and not resolved.
        const QDate today = WalletDesk::WorkingCalendar::localDate(at);
        const QJsonArray dueToday = w.value(QStringLiteral("dueToday")).toArray();
        QCOMPARE(w.value(QStringLiteral("dueTodayCount")).toInt(), dueToday.size());
        for (const auto &v : dueToday) {
            const QDateTime due = instant(v.toObject().value(QStringLiteral("dueAt")));
            QVERIFY(due >= at);
            QCOMPARE(WalletDesk::WorkingCalendar::localDate(due), today);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerWallboard)
#include "tst_serverwallboard.moc"
