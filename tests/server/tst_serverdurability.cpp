// The server killed with SIGKILL in the middle of a stream of writes loses
// none that it acknowledged, and a retried write is still applied only once.
#include "ApiCaller.h"
#include "TestServer.h"

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
};

QTEST_GUILESS_MAIN(TestServerDurability)
#include "tst_serverdurability.moc"
