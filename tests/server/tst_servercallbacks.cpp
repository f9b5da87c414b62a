// Callbacks over real HTTPS, on SQLite or (WALLETDESK_TEST_BACKEND=postgres)
// PostgreSQL: what an agent schedules is theirs alone, comes back in due
// order, is applied once per Idempotency-Key, changes only from the version
// the agent saw, and bad input is refused by name with nothing stored.
#include "ApiCaller.h"
#include "TestServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>
#include <QtTest>

namespace {
QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}
QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QDateTime inHours(double hours)
{
    return QDateTime::currentDateTimeUtc().addSecs(qint64(hours * 3600));
}
const QString number = QStringLiteral("+86 138-0013-8000");
} // namespace

class TestServerCallbacks : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<ApiCaller> m_agent;
    std::unique_ptr<ApiCaller> m_other;
    std::unique_ptr<ApiCaller> m_supervisor;
    qint64 m_agentId = 0;

    std::unique_ptr<ApiCaller> signedIn(const QString &user, qint64 *id = nullptr)
    {
        auto api = std::make_unique<ApiCaller>(m_server.baseUrl(), m_server.caCertificates());
        const auto login = api->signIn(user, user + QStringLiteral("-demo"));
        if (login.status != 200)
            qWarning() << "cannot sign in" << user << login.body;
        if (id)
            *id = login.json.value(QStringLiteral("agent"))
                      .toObject()
                      .value(QStringLiteral("id"))
                      .toInteger();
        return api;
    }

    static QJsonObject body(
        const QDateTime &due, const QString &reason = QStringLiteral("回电确认退款"))
    {
        return {{QStringLiteral("phone"), number}, {QStringLiteral("reason"), reason},
            {QStringLiteral("accountId"), 1}, {QStringLiteral("callId"), QStringLiteral("call-cb")},
            {QStringLiteral("dueAt"), iso(due)}};
    }

    ApiCaller::Response schedule(ApiCaller &api, const QJsonObject &b)
    {
        return api.post(QStringLiteral("/api/v1/callbacks"), b, {{"Idempotency-Key", newKey()}});
    }

    QList<qint64> listedIds(ApiCaller &api, const QString &query = {})
    {
        QList<qint64> ids;
        QString cursor;
        do {
            const auto page = api.get(QStringLiteral("/api/v1/callbacks?limit=2") + query
                + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            if (page.status != 200) {
                qWarning() << page.body;
                return {};
            }
            for (const auto &item : page.items())
                ids << item.toObject().value(QStringLiteral("id")).toInteger();
            cursor = page.json.value(QStringLiteral("nextCursor")).toString();
        } while (!cursor.isEmpty());
        return ids;
    }

    int storedCount(ApiCaller &api) { return int(listedIds(api).size()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_agent = signedIn(QStringLiteral("agent01"), &m_agentId);
        m_other = signedIn(QStringLiteral("agent02"));
        m_supervisor = signedIn(QStringLiteral("super01"));
    }

    void scheduleAndReplay()
    {
        const QByteArray key = newKey();
        const QJsonObject b = body(inHours(2));
        const auto first
            = m_agent->post(QStringLiteral("/api/v1/callbacks"), b, {{"Idempotency-Key", key}});
        QCOMPARE(first.status, 201);
        // The owner dials it: the number comes back whole, separators gone.
        QCOMPARE(
            first.json.value(QStringLiteral("phone")).toString(), QStringLiteral("+8613800138000"));
        QCOMPARE(
            first.json.value(QStringLiteral("status")).toString(), QStringLiteral("scheduled"));
        QCOMPARE(first.json.value(QStringLiteral("agentId")).toInteger(), m_agentId);
        QCOMPARE(first.headers.value("etag"), QByteArray("\"v1\""));
        const qint64 id = first.json.value(QStringLiteral("id")).toInteger();

        const auto again
            = m_agent->post(QStringLiteral("/api/v1/callbacks"), b, {{"Idempotency-Key", key}});
        QCOMPARE(again.status, 201);
        QCOMPARE(again.headers.value("idempotent-replay"), QByteArray("true"));
        QCOMPARE(again.json.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(listedIds(*m_agent).count(id), 1);

        QJsonObject changed = b;
        changed.insert(QStringLiteral("reason"), QStringLiteral("另一件事"));
        const auto reused = m_agent->post(
            QStringLiteral("/api/v1/callbacks"), changed, {{"Idempotency-Key", key}});
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.code(), QStringLiteral("idempotency_key_reused"));
        QCOMPARE(m_agent->post(QStringLiteral("/api/v1/callbacks"), b).status, 400);

        // Audit entries see the number masked only.
        const auto audit
            = m_supervisor->get(QStringLiteral("/api/v1/audit?action=callback&accountId=1"));
        QCOMPARE(audit.status, 200);
        QVERIFY(!audit.items().isEmpty());
        for (const auto &e : audit.items()) {
            const QString detail = e.toObject().value(QStringLiteral("detail")).toString();
            QVERIFY2(!detail.contains(QLatin1String("13800138000")), qPrintable(detail));
            QVERIFY2(detail.contains(QLatin1String("138****8000")), qPrintable(detail));
        }
    }

    void listedInDueOrderAcrossPages()
    {
        const QList<double> hours {30, 5, 12, 1.5, 48};
        for (double h : hours)
            QCOMPARE(schedule(*m_agent, body(inHours(h))).status, 201);
        QList<QDateTime> dues;
        QString cursor;
        int pages = 0;
        do {
            const auto page = m_agent->get(QStringLiteral("/api/v1/callbacks?limit=2")
                + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(page.status, 200);
            for (const auto &item : page.items())
                dues << QDateTime::fromString(
                    item.toObject().value(QStringLiteral("dueAt")).toString(), Qt::ISODateWithMs);
            cursor = page.json.value(QStringLiteral("nextCursor")).toString();
            ++pages;
        } while (!cursor.isEmpty());
        QVERIFY(pages >= 3);
        QVERIFY(dues.size() >= hours.size() + 1);
        QVERIFY(std::is_sorted(dues.cbegin(), dues.cend()));
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/callbacks?cursor=abc")).status, 400);
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/callbacks?limit=0")).status, 400);
    }

    void onlyTheOwner()
    {
        const auto mine = schedule(*m_agent, body(inHours(3)));
        QCOMPARE(mine.status, 201);
        const qint64 id = mine.json.value(QStringLiteral("id")).toInteger();
        const QString path = QStringLiteral("/api/v1/callbacks/%1").arg(id);

        // Another agent neither sees nor changes it, nor lists it.
        QCOMPARE(m_other->get(path).status, 404);
        const auto taken = m_other->patch(
            path, {{QStringLiteral("status"), QStringLiteral("done")}}, {{"If-Match", "\"v1\""}});
        QCOMPARE(taken.status, 404);
        QVERIFY(!listedIds(*m_other).contains(id));
        QCOMPARE(m_other->get(QStringLiteral("/api/v1/callbacks?agentId=%1").arg(m_agentId)).status,
            403);

        // A supervisor lists an agent's, with the number masked, and cannot change it.
        const auto listed = m_supervisor->get(
            QStringLiteral("/api/v1/callbacks?limit=200&agentId=%1").arg(m_agentId));
        QCOMPARE(listed.status, 200);
        bool found = false;
        for (const auto &item : listed.items()) {
            const QJsonObject o = item.toObject();
            QCOMPARE(o.value(QStringLiteral("phone")).toString(), QStringLiteral("138****8000"));
            found |= o.value(QStringLiteral("id")).toInteger() == id;
        }
        QVERIFY(found);
        const auto supervised = m_supervisor->patch(path,
            {{QStringLiteral("status"), QStringLiteral("cancelled")}}, {{"If-Match", "\"v1\""}});
        QCOMPARE(supervised.status, 403);
        QCOMPARE(m_agent->get(path).json.value(QStringLiteral("status")).toString(),
            QStringLiteral("scheduled"));
    }

    void changeFromTheVersionSeen()
    {
        const auto created = schedule(*m_agent, body(inHours(4)));
        const qint64 id = created.json.value(QStringLiteral("id")).toInteger();
        const QString path = QStringLiteral("/api/v1/callbacks/%1").arg(id);
        const QDateTime later = inHours(26);
        const QJsonObject move {{QStringLiteral("dueAt"), iso(later)},
            {QStringLiteral("changedAt"), iso(QDateTime::currentDateTimeUtc())}};

        QCOMPARE(m_agent->patch(path, move).status, 428);
        const auto moved = m_agent->patch(path, move, {{"If-Match", "\"v1\""}});
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.json.value(QStringLiteral("version")).toInteger(), 2);
        QCOMPARE(moved.json.value(QStringLiteral("dueAt")).toString(), iso(later));

        // Someone working from version 1 learns of version 2 and loses nothing.
        const auto stale = m_agent->patch(
            path, {{QStringLiteral("status"), QStringLiteral("done")}}, {{"If-Match", "\"v1\""}});
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.code(), QStringLiteral("version_conflict"));
        QCOMPARE(stale.json.value(QStringLiteral("current"))
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toInteger(),
            2);

        const auto done = m_agent->patch(
            path, {{QStringLiteral("status"), QStringLiteral("done")}}, {{"If-Match", "\"v2\""}});
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QVERIFY(!listedIds(*m_agent).contains(id));
        // Done is done: no reschedule, no cancel.
        const auto after = m_agent->patch(path,
            {{QStringLiteral("status"), QStringLiteral("cancelled")}}, {{"If-Match", "\"v3\""}});
        QCOMPARE(after.status, 409);
        QCOMPARE(after.code(), QStringLiteral("invalid_state"));
    }

    void changesFeedTellsTheOwnerOnly()
    {
        const auto start = m_agent->get(QStringLiteral("/api/v1/changes?since=0&limit=1000"));
        QString mine = start.json.value(QStringLiteral("cursor")).toString();
        while (true) {
            const auto page
                = m_agent->get(QStringLiteral("/api/v1/changes?limit=1000&since=") + mine);
            mine = page.json.value(QStringLiteral("cursor")).toString();
            if (!page.json.value(QStringLiteral("more")).toBool())
                break;
        }
        const auto otherStart = m_other->get(QStringLiteral("/api/v1/changes?since=") + mine);
        QCOMPARE(otherStart.status, 200);
        const auto created = schedule(*m_agent, body(inHours(6)));
        const qint64 id = created.json.value(QStringLiteral("id")).toInteger();
        QJsonObject seen;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            const auto page = m_agent->get(QStringLiteral("/api/v1/changes?since=") + mine);
            for (const auto &item : page.items()) {
                const QJsonObject o = item.toObject();
                if (o.value(QStringLiteral("entity")).toString() == QLatin1String("callback")
                    && o.value(QStringLiteral("id")).toInteger() == id)
                    seen = o.value(QStringLiteral("data")).toObject();
            }
            return !seen.isEmpty();
        }()),
            5000);
        QCOMPARE(seen.value(QStringLiteral("phone")).toString(), QStringLiteral("+8613800138000"));
        const auto theirs
            = m_other->get(QStringLiteral("/api/v1/changes?limit=1000&since=") + mine);
        for (const auto &item : theirs.items())
            QVERIFY(item.toObject().value(QStringLiteral("entity")).toString()
                != QLatin1String("callback"));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("change"); // merged into a valid body; "-key" removes key
        QTest::addColumn<QString>("field");
        QTest::newRow("past") << QStringLiteral(R"({"dueAt":"PAST"})") << "dueAt";
        QTest::newRow("too far") << QStringLiteral(R"({"dueAt":"FAR"})") << "dueAt";
        QTest::newRow("local time")
            << QStringLiteral(R"({"dueAt":"2030-01-01T10:00:00"})") << "dueAt";
        QTest::newRow("no due") << QStringLiteral("-dueAt") << "dueAt";
        QTest::newRow("reason too long") << QStringLiteral(R"({"reason":"LONG"})") << "reason";
        QTest::newRow("empty reason") << QStringLiteral(R"({"reason":"  "})") << "reason";
        QTest::newRow("no phone") << QStringLiteral("-phone") << "phone";
        QTest::newRow("not a phone") << QStringLiteral(R"({"phone":"call me"})") << "phone";
        QTest::newRow("masked phone") << QStringLiteral(R"({"phone":"138****8000"})") << "phone";
        QTest::newRow("unknown account")
            << QStringLiteral(R"({"accountId":999999})") << "accountId";
        QTest::newRow("account as text") << QStringLiteral(R"({"accountId":"1"})") << "accountId";
        QTest::newRow("misspelt field") << QStringLiteral(R"({"reasn":"x"})") << "reasn";
        QTest::newRow("scheduled in the future")
            << QStringLiteral(R"({"scheduledAt":"SOON"})") << "scheduledAt";
        QTest::newRow("bad status") << QStringLiteral(R"({"status":"maybe"})") << "status";
    }

    void badInput()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        const int before = storedCount(*m_agent);
        QJsonObject b = body(inHours(1));
        if (change.startsWith(QLatin1Char('-'))) {
            b.remove(change.mid(1));
        } else {
            change.replace(QLatin1String("PAST"), iso(inHours(-1)))
                .replace(QLatin1String("FAR"), iso(inHours(24 * 91)))
                .replace(QLatin1String("SOON"), iso(inHours(0.25)))
                .replace(QLatin1String("LONG"), QString(501, QLatin1Char('x')));
            const QJsonObject patch = QJsonDocument::fromJson(change.toUtf8()).object();
            QVERIFY(!patch.isEmpty());
            for (auto it = patch.begin(); it != patch.end(); ++it)
                b.insert(it.key(), it.value());
        }
        const auto r = schedule(*m_agent, b);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.field(), field);
        QCOMPARE(storedCount(*m_agent), before);
    }

    void malformedBodies()
    {
        const int before = storedCount(*m_agent);
        const QMap<QByteArray, QByteArray> headers {
            {"Idempotency-Key", newKey()}, {"Content-Type", "application/json"}};
        QCOMPARE(m_agent->send("POST", QStringLiteral("/api/v1/callbacks"), "{\"phone\":", headers)
                     .status,
            400);
        QCOMPARE(
            m_agent->send("POST", QStringLiteral("/api/v1/callbacks"), "[1,2]", headers).status,
            400);
        QCOMPARE(m_agent
                     ->send("POST", QStringLiteral("/api/v1/callbacks"), "x",
                         {{"Idempotency-Key", newKey()}, {"Content-Type", "text/plain"}})
                     .status,
            415);
        QCOMPARE(storedCount(*m_agent), before);

        const auto created = schedule(*m_agent, body(inHours(2)));
        const QString path = QStringLiteral("/api/v1/callbacks/%1")
                                 .arg(created.json.value(QStringLiteral("id")).toInteger());
        const QMap<QByteArray, QByteArray> v1 {{"If-Match", "\"v1\""}};
        QCOMPARE(m_agent->patch(path, {}, v1).status, 400);
        QCOMPARE(m_agent->patch(path, {{QStringLiteral("status"), QStringLiteral("scheduled")}}, v1)
                     .field(),
            QStringLiteral("status"));
        QCOMPARE(m_agent->patch(path, {{QStringLiteral("dueAt"), iso(inHours(-2))}}, v1).field(),
            QStringLiteral("dueAt"));
        QCOMPARE(m_agent
                     ->patch(path,
                         {{QStringLiteral("status"), QStringLiteral("done")},
                             {QStringLiteral("dueAt"), iso(inHours(2))}},
                         v1)
                     .status,
            400);
        QCOMPARE(m_agent
                     ->patch(QStringLiteral("/api/v1/callbacks/0999"),
                         {{QStringLiteral("status"), QStringLiteral("done")}}, v1)
                     .status,
            404);
        const auto unchanged = m_agent->get(path);
        QCOMPARE(unchanged.json.value(QStringLiteral("version")).toInteger(), 1);
    }

    // A callback queued while offline reaches the server late: its due time
    // is checked against when the agent scheduled it, not against arrival.
    void lateFromTheOutbox()
    {
        QJsonObject b = body(inHours(-1));
        b.insert(QStringLiteral("scheduledAt"), iso(inHours(-3)));
        const auto r = schedule(*m_agent, b);
        QCOMPARE(r.status, 201);
        b.insert(QStringLiteral("scheduledAt"), iso(inHours(-24 * 8)));
        b.insert(QStringLiteral("dueAt"), iso(inHours(-24 * 7.9)));
        QCOMPARE(schedule(*m_agent, b).field(), QStringLiteral("scheduledAt"));
    }
};

QTEST_GUILESS_MAIN(TestServerCallbacks)
#include "tst_servercallbacks.moc"
