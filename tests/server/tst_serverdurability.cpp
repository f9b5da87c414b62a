// The server killed with SIGKILL in the middle of a stream of writes loses
// none that it acknowledged, and a retried write is still applied only once.
// The same holds for audited reads, whose audit rows share commits.
#include "ApiCaller.h"
#include "StoreSql.h"
#include "TestServer.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>
#include <QtTest>

class TestServerDurability : public QObject
{
    Q_OBJECT

    static QJsonObject complaint(const QString &description)
    {
        return {{QStringLiteral("channel"), QStringLiteral("hotline")},
            {QStringLiteral("categoryCode"), QStringLiteral("fees")},
            {QStringLiteral("severity"), QStringLiteral("low")},
            {QStringLiteral("description"), description},
            {QStringLiteral("customerRequest"), QString()}};
    }

    // Three callers of six connections each, sharing agent01's sign-in: the
    // requests of a batch overlap on both server threads. Empty if the
    // sign-in failed; *login holds its answer.
    static std::vector<std::unique_ptr<ApiCaller>> agentCallers(
        const TestServer &server, ApiCaller::Response *login)
    {
        std::vector<std::unique_ptr<ApiCaller>> callers;
        for (int i = 0; i < 3; ++i)
            callers.push_back(
                std::make_unique<ApiCaller>(server.baseUrl(), server.caCertificates()));
        *login = callers[0]->signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo"));
        if (login->status != 200)
            return {};
        for (auto &c : callers)
            c->setToken(callers[0]->token());
        return callers;
    }

private Q_SLOTS:
    void acknowledgedWritesSurviveSigkill()
    {
        TestServer server;
        QVERIFY2(server.prepare({50, 200, {}}), qPrintable(server.errorString()));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto api = std::make_unique<ApiCaller>(server.baseUrl(), server.caCertificates());
        QCOMPARE(
            api->signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")).status, 200);

        struct Write
        {
            QByteArray key;
            QString description;
            qint64 id = 0;
        };
        QList<Write> writes;
        bool killed = false;
        QTimer::singleShot(1500, [&] {
            server.kill();
            killed = true;
        });
        for (int i = 0; i < 5000 && !killed; ++i) {
            Write w {QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                QStringLiteral("durability %1").arg(i)};
            const QJsonObject body = complaint(w.description);
            const auto r = api->post(
                QStringLiteral("/api/v1/complaints"), body, {{"Idempotency-Key", w.key}});
            if (r.status == 201)
                w.id = r.json.value(QStringLiteral("id")).toInteger();
            writes.append(w);
        }
        QVERIFY2(killed, "the stream ended before the kill; make it longer");
        const auto acknowledged = std::count_if(
            writes.cbegin(), writes.cend(), [](const Write &w) { return w.id > 0; });
        QVERIFY2(acknowledged >= 10, "too few writes before the kill to prove anything");

        QVERIFY2(server.start(), qPrintable(server.errorString()));
        api = std::make_unique<ApiCaller>(server.baseUrl(), server.caCertificates());
        QCOMPARE(
            api->signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")).status, 200);
        for (const Write &w : writes) {
            if (w.id == 0)
                continue;
            const auto r = api->get(QStringLiteral("/api/v1/complaints/%1").arg(w.id));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(QStringLiteral("description")).toString(), w.description);
        }
        // Every write retried with its key, as a console's outbox would: the
        // acknowledged ones come back unchanged, the lost one is applied once.
        QSet<qint64> ids;
        for (const Write &w : writes) {
            const QJsonObject body = complaint(w.description);
            const auto r = api->post(
                QStringLiteral("/api/v1/complaints"), body, {{"Idempotency-Key", w.key}});
            QCOMPARE(r.status, 201);
            const qint64 id = r.json.value(QStringLiteral("id")).toInteger();
            if (w.id)
                QCOMPARE(id, w.id);
            ids.insert(id);
        }
        QCOMPARE(ids.size(), writes.size());
        qInfo("%lld writes acknowledged before SIGKILL, %lld in flight", qint64(acknowledged),
            qint64(writes.size() - acknowledged));
    }

    // Opening an account and the first page of its log are audited reads:
    // their rows are committed in groups (server/AuditJournal.h), and a read
    // is answered only after its group's commit. Many openers at once on two
    // server threads, the server killed mid-stream: every answered read has
    // its audit row after the restart.
    void acknowledgedAuditedReadsSurviveSigkill()
    {
        TestServer server;
        QVERIFY2(server.prepare({50, 200, {}}), qPrintable(server.errorString()));
        const QStringList twoThreads {QStringLiteral("--threads"), QStringLiteral("2")};
        QSet<QString> acknowledged;
        qint64 agentId = 0;
        int sent = 0;
        // A read answered a moment before its commit would be lost only if
        // the kill fell into that moment: three kills, three chances.
        for (int round = 0; round < 3; ++round) {
            QVERIFY2(
                server.start(twoThreads, TestServer::freePort()), qPrintable(server.errorString()));
            ApiCaller::Response login;
            const auto callers = agentCallers(server, &login);
            QCOMPARE(login.status, 200);
            agentId = login.json.value(QStringLiteral("agent"))
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toInteger();

            const qsizetype before = acknowledged.size();
            int inFlight = 0;
            int failedBeforeKill = 0;
            bool killed = false;
            QEventLoop loop;
            std::function<void(ApiCaller *)> issue = [&](ApiCaller *caller) {
                const int n = sent++;
                const QString callId = QStringLiteral("durable-read-%1").arg(n);
                const qint64 account = 1 + n % 50;
                const QString path = n % 2
                    ? QStringLiteral("/api/v1/accounts/%1/transactions").arg(account)
                    : QStringLiteral("/api/v1/accounts/%1").arg(account);
                QNetworkReply *reply
                    = caller->start("GET", path, {}, {{"X-Call-Id", callId.toUtf8()}});
                ++inFlight;
                QObject::connect(
                    reply, &QNetworkReply::finished, &loop, [&, reply, caller, callId] {
                        --inFlight;
                        const int status = ApiCaller::responseOf(reply).status;
                        reply->deleteLater();
                        if (status == 200)
                            acknowledged.insert(callId);
                        else if (!killed)
                            ++failedBeforeKill;
                        if (!killed)
                            issue(caller);
                        else if (inFlight == 0)
                            loop.quit();
                    });
            };
            for (auto &c : callers)
                for (int i = 0; i < 6; ++i)
                    issue(c.get());
            QTimer::singleShot(1000 + 150 * round, &loop, [&] {
                server.kill();
                killed = true;
            });
            QTimer::singleShot(60'000, &loop, &QEventLoop::quit); // a hung reply fails below
            loop.exec();
            QVERIFY2(killed && inFlight == 0, "the replies did not all end after the kill");
            QCOMPARE(failedBeforeKill, 0);
            QVERIFY2(acknowledged.size() - before >= 50,
                "too few reads before the kill to prove anything");
        }

        QVERIFY2(
            server.start(twoThreads, TestServer::freePort()), qPrintable(server.errorString()));
        ApiCaller supervisor(server.baseUrl(), server.caCertificates());
        QCOMPARE(
            supervisor.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo")).status,
            200);
        QSet<QString> audited;
        QString cursor;
        do {
            QString path
                = QStringLiteral("/api/v1/audit?agentId=%1&action=account&limit=500").arg(agentId);
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + cursor;
            const auto page = supervisor.get(path);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &item : page.items()) {
                const QString callId = item.toObject().value(QStringLiteral("callId")).toString();
                QVERIFY2(!audited.contains(callId),
                    qPrintable(callId + QStringLiteral(" audited twice")));
                audited.insert(callId);
            }
            cursor = page.json.value(QStringLiteral("nextCursor")).toString();
        } while (!cursor.isEmpty());
        for (const QString &callId : std::as_const(acknowledged))
            QVERIFY2(audited.contains(callId),
                qPrintable(callId + QStringLiteral(" was answered but not audited")));
        qInfo("%lld audited reads acknowledged before SIGKILL, %lld audited in all, %d sent",
            qint64(acknowledged.size()), qint64(audited.size()), sent);
    }
    // A row the store refuses fails its own read, and only that one: the
    // reads that shared its commit are answered and audited, and the server
    // goes on. (A trigger stands in for whatever a store may refuse.)
    void aRefusedAuditRowFailsOnlyItsOwnRead()
    {
        TestServer server;
        QVERIFY2(server.prepare({50, 200, {}}), qPrintable(server.errorString()));
        const QString store = server.databaseSpec();
        QString error;
        if (server.isPostgres()) {
            QVERIFY2(StoreSql::run(store,
                         QStringLiteral("CREATE FUNCTION refuse_poison() RETURNS trigger"
                                        " LANGUAGE plpgsql AS $$ BEGIN"
                                        " IF NEW.call_id = 'poison' THEN"
                                        " RAISE EXCEPTION 'refused by the test'; END IF;"
                                        " RETURN NEW; END $$"),
                         &error),
                qPrintable(error));
            QVERIFY2(StoreSql::run(store,
                         QStringLiteral("CREATE TRIGGER refuse_poison BEFORE INSERT ON audit"
                                        " FOR EACH ROW EXECUTE FUNCTION refuse_poison()"),
                         &error),
                qPrintable(error));
        } else {
            QVERIFY2(StoreSql::run(store,
                         QStringLiteral("CREATE TRIGGER refuse_poison BEFORE INSERT ON audit"
                                        " WHEN NEW.call_id = 'poison'"
                                        " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"),
                         &error),
                qPrintable(error));
        }
        const QStringList twoThreads {QStringLiteral("--threads"), QStringLiteral("2")};
        QVERIFY2(
            server.start(twoThreads, TestServer::freePort()), qPrintable(server.errorString()));
        ApiCaller::Response login;
        const auto callers = agentCallers(server, &login);
        QCOMPARE(login.status, 200);

        for (int round = 0; round < 5; ++round) {
            QList<ApiCaller::Request> opens;
            for (int i = 0; i < 15; ++i) {
                const QByteArray callId = i == 7
                    ? QByteArray("poison")
                    : QStringLiteral("shared-%1-%2").arg(round).arg(i).toUtf8();
                opens.append({callers[i % 3].get(), "GET",
                    QStringLiteral("/api/v1/accounts/%1").arg(1 + i), {}, {{"X-Call-Id", callId}}});
            }
            const QList<ApiCaller::Response> answers = ApiCaller::sendTogether(opens);
            for (qsizetype i = 0; i < answers.size(); ++i) {
                if (i == 7) {
                    QCOMPARE(answers.at(i).status, 500);
                    QCOMPARE(answers.at(i).code(), QStringLiteral("storage_error"));
                } else {
                    QCOMPARE(answers.at(i).status, 200);
                }
            }
        }
        const QStringList audited = StoreSql::column(store,
            QStringLiteral("SELECT call_id FROM audit WHERE action = 'account.view'"
                           " AND (call_id LIKE 'shared-%' OR call_id = 'poison')"));
        QCOMPARE(audited.size(), 5 * 14);
        QVERIFY(!audited.contains(QStringLiteral("poison")));
        QCOMPARE(callers[0]->get(QStringLiteral("/api/v1/accounts/1")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerDurability)
#include "tst_serverdurability.moc"
