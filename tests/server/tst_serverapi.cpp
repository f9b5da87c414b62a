// The reference server over real HTTPS, on SQLite or (WALLETDESK_TEST_BACKEND=
// postgres) PostgreSQL: every endpoint's happy path, the role checks, and the
// error answers a console must be able to rely on.
#include "ApiCaller.h"
#include "Credentials.h"
#include "Database.h"
#include "TestServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QTimeZone>
#include <QUuid>
#include <QtTest>

namespace {
const QString showcasePhone = QStringLiteral("13800138000"); // 张伟, locked, account 1
QMap<QByteArray, QByteArray> call(const QString &id)
{
    return {{"X-Call-Id", id.toLatin1()}};
}
QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}
} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<ApiCaller> m_agent;
    std::unique_ptr<ApiCaller> m_supervisor;

    std::unique_ptr<ApiCaller> caller()
    {
        return std::make_unique<ApiCaller>(m_server.baseUrl(), m_server.caCertificates());
    }

    QJsonObject complaintBody(const QString &description = QStringLiteral("扣款成功但订单显示失败"))
    {
        return {{QStringLiteral("channel"), QStringLiteral("hotline")},
            {QStringLiteral("categoryCode"), QStringLiteral("payment_failed_debited")},
            {QStringLiteral("severity"), QStringLiteral("high")}, {QStringLiteral("accountId"), 1},
            {QStringLiteral("callId"), QStringLiteral("call-complaint")},
            {QStringLiteral("transactionIds"), QJsonArray {1}},
            {QStringLiteral("description"), description},
            {QStringLiteral("customerRequest"), QStringLiteral("退款")}};
    }

    qint64 createComplaint(ApiCaller &api)
    {
        const auto r = api.post(
            QStringLiteral("/api/v1/complaints"), complaintBody(), {{"Idempotency-Key", newKey()}});
        if (r.status != 201)
            qWarning() << r.body;
        return r.json.value(QStringLiteral("id")).toInteger();
    }

    // Verifies the caller of account 1 on the given call by the SMS code.
    qint64 verifyCaller(ApiCaller &api, const QString &callId)
    {
        const auto started = api.post(QStringLiteral("/api/v1/accounts/1/verifications"),
            {{QStringLiteral("callId"), callId},
                {QStringLiteral("method"), QStringLiteral("sms")}});
        const qint64 id = started.json.value(QStringLiteral("id")).toInteger();
        const auto answered = api.post(QStringLiteral("/api/v1/verifications/%1/answer").arg(id),
            {{QStringLiteral("answer"), m_server.lastSmsCode(showcasePhone)}});
        return answered.json.value(QStringLiteral("status")).toString() == QLatin1String("verified")
            ? id
            : 0;
    }

    void restartWithDefaults()
    {
        m_server.terminate();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_agent = caller();
        m_supervisor = caller();
        QCOMPARE(
            m_agent->signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")).status, 200);
        QCOMPARE(
            m_supervisor->signIn(QStringLiteral("super01"), QStringLiteral("super01-demo")).status,
            200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_agent = caller();
        m_supervisor = caller();
        QCOMPARE(
            m_agent->signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")).status, 200);
        QCOMPARE(
            m_supervisor->signIn(QStringLiteral("super01"), QStringLiteral("super01-demo")).status,
            200);
    }

    void health()
    {
        auto anon = caller();
        const auto r = anon->get(QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(anon->get(QStringLiteral("/api/v1/nowhere")).status, 404);
        QCOMPARE(anon->send("DELETE", QStringLiteral("/api/v1/health"), {}).status, 405);
    }

    void signInAndMe()
    {
        const auto me = m_agent->get(QStringLiteral("/api/v1/auth/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QStringLiteral("username")).toString(), QStringLiteral("agent01"));
        QCOMPARE(me.json.value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
        auto other = caller();
        const auto wrong = other->signIn(QStringLiteral("agent01"), QStringLiteral("nope"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.code(), QStringLiteral("invalid_credentials"));
        QVERIFY(!wrong.body.contains("accessToken"));
        QCOMPARE(other->signIn(QStringLiteral("nobody"), QStringLiteral("x")).code(),
            QStringLiteral("invalid_credentials"));
    }

    void unauthenticated_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing") << QByteArray() << "unauthenticated";
        QTest::newRow("not bearer") << QByteArray("Basic YWdlbnQwMTp4") << "unauthenticated";
        QTest::newRow("forged") << QByteArray("Bearer ")
                + WalletDesk::Server::Credentials::newToken()
                                << "invalid_token";
        QTest::newRow("garbage") << QByteArray("Bearer ") + QByteArray(500, 'x') << "invalid_token";
    }
    void unauthenticated()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, code);
        auto anon = caller();
        QMap<QByteArray, QByteArray> headers;
        if (!authorization.isEmpty())
            headers.insert("Authorization", authorization);
        const auto r = anon->get(QStringLiteral("/api/v1/accounts?q=13800138000"), headers);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), code);
        QVERIFY(!r.body.contains("138"));
    }

    void expiredToken()
    {
        // The same store served with one-second access tokens.
        m_server.terminate();
        QVERIFY2(m_server.start({QStringLiteral("--access-ttl"), QStringLiteral("1")}),
            qPrintable(m_server.errorString()));
        auto api = caller();
        const auto signedIn
            = api->signIn(QStringLiteral("agent02"), QStringLiteral("agent02-demo"));
        QCOMPARE(signedIn.status, 200);
        QCOMPARE(signedIn.json.value(QStringLiteral("expiresIn")).toInt(), 1);
        QCOMPARE(api->get(QStringLiteral("/api/v1/auth/me")).status, 200);
        // Valid until the server's clock passes a second: asked until it
        // answers anything else, which must be "expired".
        ApiCaller::Response r;
        QTRY_VERIFY_WITH_TIMEOUT(
            (r = api->get(QStringLiteral("/api/v1/auth/me"))).status != 200, 20000);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("token_expired"));
        restartWithDefaults();
    }

    void verificationsExpire()
    {
        m_server.terminate();
        QVERIFY2(m_server.start({QStringLiteral("--code-ttl"), QStringLiteral("1"),
                     QStringLiteral("--verified-ttl"), QStringLiteral("2")}),
            qPrintable(m_server.errorString()));
        auto api = caller();
        QCOMPARE(
            api->signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")).status, 200);
        const auto status = [](const ApiCaller::Response &r) {
            return r.json.value(QStringLiteral("status")).toString();
        };
        const auto lifetimeMs = [](const ApiCaller::Response &r, const QString &from) {
            return QDateTime::fromString(r.json.value(from).toString(), Qt::ISODateWithMs)
                .msecsTo(QDateTime::fromString(
                    r.json.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs));
        };
        // A code read back too late is refused.
        const auto late = api->post(QStringLiteral("/api/v1/accounts/1/verifications"),
            {{QStringLiteral("callId"), QStringLiteral("call-late")},
                {QStringLiteral("method"), QStringLiteral("sms")}});
        QCOMPARE(late.status, 201);
        QCOMPARE(status(late), QStringLiteral("pending"));
        QCOMPARE(lifetimeMs(late, QStringLiteral("createdAt")), 1000);
        const QString lateUrl = QStringLiteral("/api/v1/verifications/%1")
                                    .arg(late.json.value(QStringLiteral("id")).toInteger());
        // Too late is when the server says so: pending until it is expired.
        ApiCaller::Response lateState;
        QTRY_VERIFY_WITH_TIMEOUT(
            status(lateState = api->get(lateUrl)) != QLatin1String("pending"), 20000);
        QCOMPARE(status(lateState), QStringLiteral("expired"));
        const auto answer = api->post(lateUrl + QStringLiteral("/answer"),
            {{QStringLiteral("answer"), m_server.lastSmsCode(showcasePhone)}});
        QCOMPARE(answer.status, 409);
        QCOMPARE(answer.code(), QStringLiteral("verification_expired"));
        // A verified caller stays verified only for a while: verified until
        // the server says expired.
        const qint64 verification = verifyCaller(*api, QStringLiteral("call-ttl"));
        QVERIFY(verification > 0);
        const QString verificationUrl
            = QStringLiteral("/api/v1/verifications/%1").arg(verification);
        ApiCaller::Response verified = api->get(verificationUrl);
        QCOMPARE(lifetimeMs(verified, QStringLiteral("verifiedAt")), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(
            status(verified = api->get(verificationUrl)) != QLatin1String("verified"), 20000);
        QCOMPARE(status(verified), QStringLiteral("expired"));
        const auto action = api->post(QStringLiteral("/api/v1/accounts/1/actions"),
            {{QStringLiteral("type"), QStringLiteral("sign_out_devices")},
                {QStringLiteral("verificationId"), verification},
                {QStringLiteral("callId"), QStringLiteral("call-ttl")},
                {QStringLiteral("reason"), QStringLiteral("x")}});
        QCOMPARE(action.status, 403);
        QCOMPARE(action.code(), QStringLiteral("verification_required"));
        QVERIFY(action.json.value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("expired")));
        QCOMPARE(api->get(QStringLiteral("/api/v1/verifications/%1").arg(verification))
                     .json.value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("expired"));
        restartWithDefaults();
    }

    void twoInstancesShareOneStore()
    {
        // A second server process on the same store, as behind a load balancer.
        TestServer second;
        QVERIFY2(second.attach(m_server), qPrintable(second.errorString()));
        auto other = std::make_unique<ApiCaller>(second.baseUrl(), m_server.caCertificates());
        // A token issued by one instance works on the other.
        other->setToken(m_agent->token());
        QCOMPARE(other->get(QStringLiteral("/api/v1/auth/me")).status, 200);
        // A retry that lands on the other instance is still applied once.
        const QByteArray key = newKey();
        const auto first = m_agent->post(
            QStringLiteral("/api/v1/complaints"), complaintBody(), {{"Idempotency-Key", key}});
        const auto retry = other->post(
            QStringLiteral("/api/v1/complaints"), complaintBody(), {{"Idempotency-Key", key}});
        QCOMPARE(first.status, 201);
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.json.value(QStringLiteral("id")), first.json.value(QStringLiteral("id")));
        QCOMPARE(retry.headers.value("idempotent-replay"), QByteArray("true"));
        // Signing out on one instance ends the session on both.
        auto session = caller();
        QCOMPARE(
            session->signIn(QStringLiteral("agent02"), QStringLiteral("agent02-demo")).status, 200);
        auto sameOnOther = std::make_unique<ApiCaller>(second.baseUrl(), m_server.caCertificates());
        sameOnOther->setToken(session->token());
        QCOMPARE(sameOnOther->get(QStringLiteral("/api/v1/auth/me")).status, 200);
        QCOMPARE(session->post(QStringLiteral("/api/v1/auth/logout"), {}).status, 204);
        // At once on the instance that signed out; within a second on the
        // other, which may have checked the token a moment before. What
        // counts is when a request was sent: under load its answer may come
        // late whatever it says (tst_serverrevocation has the whole matrix).
        QCOMPARE(session->get(QStringLiteral("/api/v1/auth/me")).status, 401);
        QElapsedTimer sinceSignOut;
        sinceSignOut.start();
        qint64 lastTakenAt = -1;
        int status = 200;
        while (status == 200 && sinceSignOut.elapsed() < 5000) {
            const qint64 sentAt = sinceSignOut.elapsed();
            status = sameOnOther->get(QStringLiteral("/api/v1/auth/me")).status;
            if (status == 200) {
                lastTakenAt = sentAt;
                QTest::qWait(50);
            }
        }
        QCOMPARE(status, 401);
        QVERIFY2(lastTakenAt <= 1000,
            qPrintable(QStringLiteral("the other instance took the token in a request sent %1 ms "
                                      "after sign-out")
                           .arg(lastTakenAt)));
    }

    void refreshRotatesAndSignOutRevokes()
    {
        auto api = caller();
        const auto login = api->signIn(QStringLiteral("agent02"), QStringLiteral("agent02-demo"));
        const QString refreshToken = login.json.value(QStringLiteral("refreshToken")).toString();
        const auto refreshed = api->post(QStringLiteral("/api/v1/auth/refresh"),
            {{QStringLiteral("refreshToken"), refreshToken}});
        QCOMPARE(refreshed.status, 200);
        const QString newAccess = refreshed.json.value(QStringLiteral("accessToken")).toString();
        QVERIFY(!newAccess.isEmpty());
        QVERIFY(newAccess != api->token());
        // A refresh token works once.
        const auto again = api->post(QStringLiteral("/api/v1/auth/refresh"),
            {{QStringLiteral("refreshToken"), refreshToken}});
        QCOMPARE(again.status, 401);
        QCOMPARE(again.code(), QStringLiteral("invalid_refresh_token"));
        api->setToken(newAccess);
        QCOMPARE(api->get(QStringLiteral("/api/v1/auth/me")).status, 200);
        QCOMPARE(api->post(QStringLiteral("/api/v1/auth/logout"), {}).status, 204);
        QCOMPARE(api->get(QStringLiteral("/api/v1/auth/me")).status, 401);
    }

    void totpSecondFactor()
    {
        auto api = caller();
        const auto noCode = api->signIn(QStringLiteral("agent03"), QStringLiteral("agent03-demo"));
        QCOMPARE(noCode.status, 401);
        QCOMPARE(noCode.code(), QStringLiteral("otp_required"));
        const QString code = WalletDesk::Server::Credentials::totp(
            "JBSWY3DPEHPK3PXP", QDateTime::currentSecsSinceEpoch());
        const auto ok = api->post(QStringLiteral("/api/v1/auth/login"),
            {{QStringLiteral("username"), QStringLiteral("agent03")},
                {QStringLiteral("password"), QStringLiteral("agent03-demo")},
                {QStringLiteral("otp"), code}});
        QCOMPARE(ok.status, 200);
    }

    void lockOutAfterRepeatedFailures()
    {
        auto api = caller();
        int lastStatus = 0;
        for (int i = 0; i < 5; ++i)
            lastStatus = api->signIn(QStringLiteral("super02"), QStringLiteral("wrong")).status;
        QCOMPARE(lastStatus, 423);
        // Even the right password is refused while locked.
        const auto r = api->signIn(QStringLiteral("super02"), QStringLiteral("super02-demo"));
        QCOMPARE(r.status, 423);
        QCOMPARE(r.code(), QStringLiteral("agent_locked"));
    }

    void roleDenials_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("approvals") << QByteArray("GET") << "/api/v1/approvals";
        QTest::newRow("approve") << QByteArray("POST") << "/api/v1/approvals/1/approve";
        QTest::newRow("reject") << QByteArray("POST") << "/api/v1/approvals/1/reject";
        QTest::newRow("audit") << QByteArray("GET") << "/api/v1/audit";
        QTest::newRow("reports") << QByteArray("GET")
                                 << "/api/v1/reports/complaints?from=2026-01-01&to=2026-12-31";
        QTest::newRow("agents") << QByteArray("GET") << "/api/v1/agents";
        QTest::newRow("reference edit") << QByteArray("PUT") << "/api/v1/reference";
        QTest::newRow("assign") << QByteArray("POST") << "/api/v1/complaints/1/assign";
        QTest::newRow("resolve") << QByteArray("POST") << "/api/v1/complaints/1/resolve";
        QTest::newRow("reopen") << QByteArray("POST") << "/api/v1/complaints/1/reopen";
        QTest::newRow("extend") << QByteArray("POST") << "/api/v1/complaints/1/extend";
    }
    void roleDenials()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const auto r = m_agent->send(
            method, path, method == "GET" ? QByteArray() : QByteArray("{\"reason\":\"x\"}"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), QStringLiteral("forbidden"));
    }

    void searchAccounts_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("by");
        QTest::newRow("full phone") << "13800138000"
                                    << "";
        QTest::newRow("+86 phone") << "+86 138 0013 8000"
                                   << "";
        QTest::newRow("phone last 4") << "8000"
                                      << "phone_last4";
        QTest::newRow("e-mail") << "Zhang.Wei@example.cn"
                                << "";
        QTest::newRow("account number") << "8800000000000001"
                                        << "";
        QTest::newRow("name") << "张伟"
                              << "name";
        QTest::newRow("order number") << "P7000001"
                                      << "";
    }
    void searchAccounts()
    {
        QFETCH(QString, query);
        QFETCH(QString, by);
        QString path = QStringLiteral("/api/v1/accounts?q=")
            + QString::fromLatin1(QUrl::toPercentEncoding(query));
        if (!by.isEmpty())
            path += QStringLiteral("&by=") + by;
        const auto r = m_agent->get(path);
        QCOMPARE(r.status, 200);
        QSet<qint64> ids;
        for (const auto &item : r.items())
            ids.insert(item.toObject().value(QStringLiteral("id")).toInteger());
        QVERIFY2(ids.contains(1), r.body.constData());
        // The page is written by hand, byte for byte as Qt would write it.
        QCOMPARE(r.body, QJsonDocument(r.json).toJson(QJsonDocument::Compact));
        // Personal data leaves the server masked.
        QVERIFY(!r.body.contains("13800138000"));
        QVERIFY(r.body.contains("138****8000"));
        QVERIFY(!r.body.contains("zhang.wei@"));
    }

    void searchCardLast4AndPaging()
    {
        const auto detail = m_agent->get(QStringLiteral("/api/v1/accounts/1"));
        const QString masked = detail.json.value(QStringLiteral("cards"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("maskedNumber"))
                                   .toString();
        const auto r
            = m_agent->get(QStringLiteral("/api/v1/accounts?by=card_last4&q=") + masked.right(4));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("\"id\":1,"));
        // Name prefix "王" over the generated population needs several pages.
        QSet<qint64> seen;
        QString cursor;
        int pages = 0;
        do {
            const auto page
                = m_agent->get(QStringLiteral("/api/v1/accounts?by=name&limit=5&q=%E7%8E%8B")
                    + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(page.status, 200);
            QCOMPARE(page.body, QJsonDocument(page.json).toJson(QJsonDocument::Compact));
            for (const auto &item : page.items()) {
                const qint64 id = item.toObject().value(QStringLiteral("id")).toInteger();
                QVERIFY2(!seen.contains(id), "an account appeared on two pages");
                seen.insert(id);
            }
            cursor = page.json.value(QStringLiteral("nextCursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 100);
        QVERIFY(pages > 1);
        QVERIFY(seen.size() > 5);
    }

    // A name or e-mail whose masked form JSON must escape (a quote, a
    // backslash, a tab) takes Qt's writer; the bytes are Qt's either way.
    void searchPageWithTextToEscape()
    {
        using WalletDesk::Server::Database;
        Database db = Database::open(m_server.databaseSpec(),
            QStringLiteral("escape-%1").arg(QUuid::createUuid().toString()));
        const auto closeDb = qScopeGuard([&] { db.close(); });
        const qint64 id = db.insert(
            QStringLiteral(
                "INSERT INTO accounts (account_no, name, phone, phone_last4, email, id_number,"
                " status, lock_reason, balance_fen, currency, kyc_level, two_factor, created_at,"
                " version, security_question, security_answer_hash)"
                " SELECT ?, ?, ?, ?, ?, id_number, status, lock_reason, balance_fen, currency,"
                " kyc_level, two_factor, created_at, version, security_question,"
                " security_answer_hash FROM accounts WHERE id = 1"),
            {QStringLiteral("8800009999999901"), QStringLiteral("\"Quote"),
                QStringLiteral("13999999901"), QStringLiteral("9901"),
                QStringLiteral("q@ex\\am\tple.cn")});
        const auto removeAccount = qScopeGuard(
            [&] { db.exec(QStringLiteral("DELETE FROM accounts WHERE id = ?"), {id}); });
        const auto r = m_agent->get(QStringLiteral("/api/v1/accounts?q=13999999901"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.items().size(), 1);
        const QJsonObject item = r.items().first().toObject();
        QCOMPARE(item.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(item.value(QStringLiteral("name")).toString(), QStringLiteral("\"*****"));
        QCOMPARE(
            item.value(QStringLiteral("email")).toString(), QStringLiteral("q***@ex\\am\tple.cn"));
        QCOMPARE(r.body, QJsonDocument(r.json).toJson(QJsonDocument::Compact));
    }

    void searchErrors()
    {
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/accounts")).field(), QStringLiteral("q"));
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/accounts?q=1&by=shoe")).field(),
            QStringLiteral("by"));
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/accounts?q=1&limit=0")).field(),
            QStringLiteral("limit"));
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/accounts?q=1&limit=abc")).status, 400);
        // Quotes and SQL in a query are only ever data.
        const auto sql = m_agent->get(QStringLiteral("/api/v1/accounts?by=name&q=")
            + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("x' OR '1'='1"))));
        QCOMPARE(sql.status, 200);
        QCOMPARE(sql.items().size(), 0);
    }

    void accountDetailIsMaskedAndAudited()
    {
        const auto r = m_agent->get(
            QStringLiteral("/api/v1/accounts/1"), call(QStringLiteral("call-detail")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("locked"));
        QCOMPARE(r.json.value(QStringLiteral("failedLoginsLast24h")).toInt(), 5);
        QVERIFY(!r.json.value(QStringLiteral("lockReason")).toString().isEmpty());
        const QString card = r.json.value(QStringLiteral("cards"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("maskedNumber"))
                                 .toString();
        QVERIFY2(card.count(QLatin1Char('*')) >= 6, qPrintable(card));
        QVERIFY(!r.body.contains("13800138000"));
        // ETag round trip.
        const QByteArray etag = r.headers.value("etag");
        QVERIFY(!etag.isEmpty());
        QCOMPARE(
            m_agent->get(QStringLiteral("/api/v1/accounts/1"), {{"If-None-Match", etag}}).status,
            304);
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/accounts/999999")).status, 404);
        // The supervisor sees the read in the audit log, with its call.
        const auto audit
            = m_supervisor->get(QStringLiteral("/api/v1/audit?accountId=1&action=account.view"));
        QCOMPARE(audit.status, 200);
        bool found = false;
        for (const auto &e : audit.items())
            found |= e.toObject().value(QStringLiteral("callId")).toString()
                == QLatin1String("call-detail");
        QVERIFY(found);
    }

    void transactionPagingCoversEveryRowOnce()
    {
        // The account with the most transactions in the generated data.
        const auto r = m_agent->get(QStringLiteral("/api/v1/accounts/10/transactions?limit=7"));
        QCOMPARE(r.status, 200);
        QSet<qint64> ids;
        QString cursor;
        QDateTime previous;
        int pages = 0;
        auto page = r;
        for (;;) {
            for (const auto &item : page.items()) {
                const QJsonObject t = item.toObject();
                QVERIFY(!ids.contains(t.value(QStringLiteral("id")).toInteger()));
                ids.insert(t.value(QStringLiteral("id")).toInteger());
                const QDateTime at = QDateTime::fromString(
                    t.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
                QVERIFY(!previous.isValid() || at <= previous); // newest first
                previous = at;
            }
            cursor = page.json.value(QStringLiteral("nextCursor")).toString();
            if (cursor.isEmpty() || ++pages > 200)
                break;
            page = m_agent->get(
                QStringLiteral("/api/v1/accounts/10/transactions?limit=7&cursor=") + cursor);
            QCOMPARE(page.status, 200);
        }
        const auto all = m_agent->get(QStringLiteral("/api/v1/accounts/10/transactions?limit=200"));
        QCOMPARE(ids.size(), all.items().size());
        QVERIFY(ids.size() > 7);
    }

    // Ctrl+End and "go to date": the log from its oldest end and from a
    // day, each page with a way on and a way back.
    void transactionLogFromEitherEnd()
    {
        const QString log = QStringLiteral("/api/v1/accounts/10/transactions?limit=");
        const auto idsOf = [](const ApiCaller::Response &r) {
            QList<qint64> ids;
            for (const auto &item : r.items())
                ids << item.toObject().value(QStringLiteral("id")).toInteger();
            return ids;
        };
        const auto all = m_agent->get(log + QStringLiteral("200"));
        QList<qint64> newestFirst = idsOf(all);
        QVERIFY(newestFirst.size() > 9);
        QList<qint64> oldestFirst;
        auto page = m_agent->get(log + QStringLiteral("4&order=oldest"));
        QCOMPARE(page.status, 200);
        QVERIFY(page.json.value(QStringLiteral("prevCursor")).isNull()); // the end itself
        QList<qint64> firstOldest = idsOf(page);
        for (int n = 0; n < 100; ++n) {
            oldestFirst += idsOf(page);
            const QString next = page.json.value(QStringLiteral("nextCursor")).toString();
            if (next.isEmpty())
                break;
            page = m_agent->get(log + QStringLiteral("4&cursor=") + next);
            QCOMPARE(page.status, 200);
        }
        std::reverse(oldestFirst.begin(), oldestFirst.end());
        QCOMPARE(oldestFirst, newestFirst);

        // From the second oldest page, the way back leads to the first, newest first.
        const auto second = m_agent->get(log + QStringLiteral("4&cursor=")
            + m_agent->get(log + QStringLiteral("4&order=oldest"))
                  .json.value(QStringLiteral("nextCursor"))
                  .toString());
        const auto back = m_agent->get(log + QStringLiteral("4&cursor=")
            + second.json.value(QStringLiteral("prevCursor")).toString());
        QList<qint64> backIds = idsOf(back);
        std::reverse(backIds.begin(), backIds.end());
        QCOMPARE(backIds, firstOldest);

        // A day: newest first from its end, oldest first from its start.
        const QJsonObject middle = all.items().at(newestFirst.size() / 2).toObject();
        const QDateTime at = QDateTime::fromString(
            middle.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
        const QString day = at.toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(Qt::ISODate);
        const auto down = m_agent->get(log + QStringLiteral("5&at=") + day);
        QCOMPARE(down.status, 200);
        QVERIFY(idsOf(down).contains(middle.value(QStringLiteral("id")).toInteger())
            || QDateTime::fromString(
                   down.items().first().toObject().value(QStringLiteral("createdAt")).toString(),
                   Qt::ISODateWithMs)
                >= at);
        const auto up = m_agent->get(log + QStringLiteral("200&order=oldest&at=") + day);
        QCOMPARE(up.status, 200);
        QVERIFY(idsOf(up).contains(middle.value(QStringLiteral("id")).toInteger()));
        const QString dayStart
            = up.items().first().toObject().value(QStringLiteral("createdAt")).toString();
        QCOMPARE(QDateTime::fromString(dayStart, Qt::ISODateWithMs)
                     .toTimeZone(QTimeZone("Asia/Shanghai"))
                     .date()
                     .toString(Qt::ISODate),
            day);
        // An instant works too, and the way back from a day leads to newer rows.
        const auto instant = m_agent->get(log + QStringLiteral("1&at=")
            + QString::fromLatin1(QUrl::toPercentEncoding(at.toString(Qt::ISODateWithMs))));
        QCOMPARE(instant.status, 200);
        QCOMPARE(idsOf(instant).value(0), middle.value(QStringLiteral("id")).toInteger());
        const auto newer = m_agent->get(log + QStringLiteral("1&cursor=")
            + instant.json.value(QStringLiteral("prevCursor")).toString());
        QCOMPARE(idsOf(newer).value(0),
            newestFirst.at(newestFirst.indexOf(idsOf(instant).value(0)) - 1));

        QCOMPARE(m_agent->get(log + QStringLiteral("4&order=sideways")).field(),
            QStringLiteral("order"));
        QCOMPARE(
            m_agent->get(log + QStringLiteral("4&at=yesterday")).field(), QStringLiteral("at"));
        QCOMPARE(m_agent->get(log + QStringLiteral("4&at=2026-11-20T10:00:00")).field(),
            QStringLiteral("at"));
        QCOMPARE(m_agent
                     ->get(log + QStringLiteral("4&order=oldest&cursor=")
                         + second.json.value(QStringLiteral("nextCursor")).toString())
                     .field(),
            QStringLiteral("order"));
        QCOMPARE(
            m_agent->get(log + QStringLiteral("4&cursor=n12")).field(), QStringLiteral("cursor"));
    }

    void transactionFilters()
    {
        const auto payments = m_agent->get(
            QStringLiteral("/api/v1/accounts/1/transactions?type=payment&status=failed"));
        QCOMPARE(payments.status, 200);
        QCOMPARE(payments.items().size(), 1);
        const QJsonObject failed = payments.items().first().toObject();
        QCOMPARE(failed.value(QStringLiteral("debited")).toBool(), true);
        QCOMPARE(failed.value(QStringLiteral("refundState")).toString(),
            QStringLiteral("reversal_pending"));
        QVERIFY(!failed.value(QStringLiteral("reversalDue")).toString().isEmpty());
        QVERIFY(!failed.value(QStringLiteral("failureReason")).toString().isEmpty());
        const auto range = m_agent->get(
            QStringLiteral("/api/v1/accounts/1/transactions?minFen=4500&maxFen=4500"));
        QCOMPARE(range.items().size(), 2); // the duplicate charge
        const auto withdrawal
            = m_agent->get(QStringLiteral("/api/v1/accounts/2/transactions?type=withdrawal"));
        const QJsonObject w = withdrawal.items().first().toObject();
        QVERIFY(
            QDate::fromString(w.value(QStringLiteral("expectedArrival")).toString(), Qt::ISODate)
                .isValid());
        QVERIFY(w.value(QStringLiteral("maskedCard")).toString().contains(QLatin1Char('*')));
        QVERIFY(!w.value(QStringLiteral("bankName")).toString().isEmpty());
        const auto future
            = m_agent->get(QStringLiteral("/api/v1/accounts/1/transactions?from=2099-01-01"));
        QCOMPARE(future.items().size(), 0);
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/accounts/1/transactions?type=gift")).field(),
            QStringLiteral("type"));
        QCOMPARE(
            m_agent->get(QStringLiteral("/api/v1/accounts/1/transactions?from=yesterday")).field(),
            QStringLiteral("from"));
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/accounts/1/transactions?cursor=abc")).field(),
            QStringLiteral("cursor"));
        const auto byOrder = m_agent->get(QStringLiteral("/api/v1/transactions/P7000001"));
        QCOMPARE(byOrder.status, 200);
        QCOMPARE(byOrder.json.value(QStringLiteral("accountId")).toInteger(), 1);
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/transactions/P0")).status, 404);
    }

    void verificationFlow()
    {
        const auto started = m_agent->post(QStringLiteral("/api/v1/accounts/1/verifications"),
            {{QStringLiteral("callId"), QStringLiteral("call-v")},
                {QStringLiteral("method"), QStringLiteral("sms")}});
        QCOMPARE(started.status, 201);
        QCOMPARE(
            started.json.value(QStringLiteral("sentTo")).toString(), QStringLiteral("138****8000"));
        const QString code = m_server.lastSmsCode(showcasePhone);
        QCOMPARE(code.size(), 6);
        QVERIFY2(!started.body.contains(code.toLatin1()), "the code must never reach the agent");
        const qint64 id = started.json.value(QStringLiteral("id")).toInteger();
        const QString path = QStringLiteral("/api/v1/verifications/%1/answer").arg(id);
        // Another agent cannot answer it.
        auto other = caller();
        QCOMPARE(
            other->signIn(QStringLiteral("agent02"), QStringLiteral("agent02-demo")).status, 200);
        QCOMPARE(other->post(path, {{QStringLiteral("answer"), code}}).status, 403);
        const auto wrong = m_agent->post(path,
            {{QStringLiteral("answer"),
                QStringLiteral("000000") == code ? QStringLiteral("111111")
                                                 : QStringLiteral("000000")}});
        QCOMPARE(wrong.status, 200);
        QCOMPARE(wrong.json.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(wrong.json.value(QStringLiteral("triesLeft")).toInt(), 2);
        const auto right = m_agent->post(path, {{QStringLiteral("answer"), code}});
        QCOMPARE(right.json.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
        QCOMPARE(m_agent->post(path, {{QStringLiteral("answer"), code}}).code(),
            QStringLiteral("verification_closed"));
    }

    void verificationTriesRunOut()
    {
        const auto started = m_agent->post(QStringLiteral("/api/v1/accounts/2/verifications"),
            {{QStringLiteral("callId"), QStringLiteral("call-t")},
                {QStringLiteral("method"), QStringLiteral("questions")}});
        QCOMPARE(started.status, 201);
        QVERIFY(!started.json.value(QStringLiteral("question")).toString().isEmpty());
        const QString path = QStringLiteral("/api/v1/verifications/%1/answer")
                                 .arg(started.json.value(QStringLiteral("id")).toInteger());
        for (int i = 0; i < 3; ++i)
            m_agent->post(path, {{QStringLiteral("answer"), QStringLiteral("wrong")}});
        const auto after
            = m_agent->get(QStringLiteral("/api/v1/verifications/%1")
                               .arg(started.json.value(QStringLiteral("id")).toInteger()));
        QCOMPARE(after.json.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(
            m_agent->post(path, {{QStringLiteral("answer"), QStringLiteral("旺财")}}).status, 409);
    }

    void actionsNeedALiveVerification()
    {
        const QJsonObject unlock {{QStringLiteral("type"), QStringLiteral("unlock")},
            {QStringLiteral("verificationId"), 999999},
            {QStringLiteral("callId"), QStringLiteral("call-a")},
            {QStringLiteral("reason"), QStringLiteral("客户确认本人")}};
        const auto refused = m_agent->post(QStringLiteral("/api/v1/accounts/1/actions"), unlock);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.code(), QStringLiteral("verification_required"));
        const qint64 verification = verifyCaller(*m_agent, QStringLiteral("call-a"));
        QVERIFY(verification > 0);
        QJsonObject otherCall = unlock;
        otherCall.insert(QStringLiteral("verificationId"), verification);
        otherCall.insert(QStringLiteral("callId"), QStringLiteral("call-other"));
        QCOMPARE(
            m_agent->post(QStringLiteral("/api/v1/accounts/1/actions"), otherCall).status, 403);
        QJsonObject ok = unlock;
        ok.insert(QStringLiteral("verificationId"), verification);
        QCOMPARE(m_agent->post(QStringLiteral("/api/v1/accounts/2/actions"), ok).status,
            403); // another account
        const auto done = m_agent->post(QStringLiteral("/api/v1/accounts/1/actions"), ok);
        QCOMPARE(done.status, 201);
        QCOMPARE(done.json.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/accounts/1"))
                     .json.value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("active"));
        QCOMPARE(m_agent->post(QStringLiteral("/api/v1/accounts/1/actions"), ok).code(),
            QStringLiteral("not_locked"));

        QJsonObject signOut = ok;
        signOut.insert(QStringLiteral("type"), QStringLiteral("sign_out_devices"));
        QCOMPARE(m_agent->post(QStringLiteral("/api/v1/accounts/1/actions"), signOut).status, 201);
        const auto devices = m_agent->get(QStringLiteral("/api/v1/accounts/1"))
                                 .json.value(QStringLiteral("devices"))
                                 .toArray();
        for (const auto &d : devices)
            QCOMPARE(d.toObject().value(QStringLiteral("signedIn")).toBool(), false);

        QJsonObject reset = ok;
        reset.insert(QStringLiteral("type"), QStringLiteral("password_reset"));
        QCOMPARE(m_agent->post(QStringLiteral("/api/v1/accounts/1/actions"), reset).field(),
            QStringLiteral("resetTarget"));
        reset.insert(QStringLiteral("resetTarget"), QStringLiteral("phone"));
        QCOMPARE(m_agent->post(QStringLiteral("/api/v1/accounts/1/actions"), reset).status, 201);

        QJsonObject refund = ok;
        refund.insert(QStringLiteral("type"), QStringLiteral("refund_request"));
        refund.insert(QStringLiteral("transactionId"), 4); // 李娜's, not this account's
        QCOMPARE(m_agent->post(QStringLiteral("/api/v1/accounts/1/actions"), refund).field(),
            QStringLiteral("transactionId"));
        refund.insert(QStringLiteral("transactionId"), 2);
        QCOMPARE(m_agent->post(QStringLiteral("/api/v1/accounts/1/actions"), refund).status, 201);
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/transactions/P7000002"))
                     .json.value(QStringLiteral("refundState"))
                     .toString(),
            QStringLiteral("refund_requested"));
        QJsonObject investigate = refund;
        investigate.insert(QStringLiteral("type"), QStringLiteral("investigation"));
        investigate.insert(QStringLiteral("transactionId"), 1);
        QCOMPARE(
            m_agent->post(QStringLiteral("/api/v1/accounts/1/actions"), investigate).status, 201);
        QVERIFY(m_agent->get(QStringLiteral("/api/v1/accounts/1/actions")).items().size() >= 5);
    }

    void twoFactorResetNeedsApproval()
    {
        const qint64 verification = verifyCaller(*m_agent, QStringLiteral("call-2fa"));
        QVERIFY(verification > 0);
        const auto requested = m_agent->post(QStringLiteral("/api/v1/accounts/1/actions"),
            {{QStringLiteral("type"), QStringLiteral("two_factor_reset")},
                {QStringLiteral("verificationId"), verification},
                {QStringLiteral("callId"), QStringLiteral("call-2fa")},
                {QStringLiteral("reason"), QStringLiteral("手机丢失")}});
        QCOMPARE(requested.status, 201);
        QCOMPARE(requested.json.value(QStringLiteral("status")).toString(),
            QStringLiteral("pending_approval"));
        const qint64 id = requested.json.value(QStringLiteral("id")).toInteger();
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/accounts/1"))
                     .json.value(QStringLiteral("twoFactorEnabled"))
                     .toBool(),
            true);

        const auto queue = m_supervisor->get(QStringLiteral("/api/v1/approvals"));
        QCOMPARE(queue.status, 200);
        QJsonObject entry;
        for (const auto &item : queue.items())
            if (item.toObject()
                    .value(QStringLiteral("action"))
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toInteger()
                == id)
                entry = item.toObject();
        QVERIFY(!entry.isEmpty());
        QCOMPARE(entry.value(QStringLiteral("verification"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("verified"));
        QCOMPARE(entry.value(QStringLiteral("agentName")).toString(), QStringLiteral("李雷"));

        const QString approve = QStringLiteral("/api/v1/approvals/%1/approve").arg(id);
        QCOMPARE(m_supervisor->post(approve, {}).field(), QStringLiteral("reason"));
        const auto approved
            = m_supervisor->post(approve, {{QStringLiteral("reason"), QStringLiteral("核实无误")}});
        QCOMPARE(approved.status, 200);
        QCOMPARE(
            approved.json.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(m_supervisor->post(approve, {{QStringLiteral("reason"), QStringLiteral("again")}})
                     .code(),
            QStringLiteral("not_pending"));
        // The agent sees the outcome, and the account changed.
        const auto seen = m_agent->get(QStringLiteral("/api/v1/actions/%1").arg(id));
        QCOMPARE(seen.json.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(seen.json.value(QStringLiteral("decisionReason")).toString(),
            QStringLiteral("核实无误"));
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/accounts/1"))
                     .json.value(QStringLiteral("twoFactorEnabled"))
                     .toBool(),
            false);
        // Another agent may not read it.
        auto other = caller();
        other->signIn(QStringLiteral("agent02"), QStringLiteral("agent02-demo"));
        QCOMPARE(other->get(QStringLiteral("/api/v1/actions/%1").arg(id)).status, 403);
    }

    void rejectedRequestReachesTheAgent()
    {
        const qint64 verification = verifyCaller(*m_agent, QStringLiteral("call-reject"));
        QVERIFY(verification > 0);
        const auto requested = m_agent->post(QStringLiteral("/api/v1/accounts/1/actions"),
            {{QStringLiteral("type"), QStringLiteral("two_factor_reset")},
                {QStringLiteral("verificationId"), verification},
                {QStringLiteral("callId"), QStringLiteral("call-reject")},
                {QStringLiteral("reason"), QStringLiteral("换手机")}});
        const qint64 id = requested.json.value(QStringLiteral("id")).toInteger();
        const auto rejected
            = m_supervisor->post(QStringLiteral("/api/v1/approvals/%1/reject").arg(id),
                {{QStringLiteral("reason"), QStringLiteral("来电人答不出安全问题")}});
        QCOMPARE(rejected.status, 200);
        QCOMPARE(
            rejected.json.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        const auto seen = m_agent->get(QStringLiteral("/api/v1/actions/%1").arg(id));
        QCOMPARE(seen.json.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(seen.json.value(QStringLiteral("decisionReason")).toString(),
            QStringLiteral("来电人答不出安全问题"));
        const auto decided = m_supervisor->get(QStringLiteral("/api/v1/approvals?status=rejected"));
        QVERIFY(decided.body.contains(
            QByteArray(QByteArray("\"id\":") + QByteArray::number(id) + ',')));
        // The agent's changes feed carries the decision.
        const auto feed = m_agent->get(QStringLiteral("/api/v1/changes?since=0&limit=1000"));
        bool found = false;
        for (const auto &c : feed.items()) {
            const QJsonObject o = c.toObject();
            found |= o.value(QStringLiteral("entity")).toString() == QLatin1String("action")
                && o.value(QStringLiteral("id")).toInteger() == id
                && o.value(QStringLiteral("data"))
                        .toObject()
                        .value(QStringLiteral("status"))
                        .toString()
                    == QLatin1String("rejected");
        }
        QVERIFY(found);
    }

    void complaintCreatedOnceWhateverTheRetries()
    {
        const QByteArray key = newKey();
        const QByteArray body = QJsonDocument(complaintBody(QStringLiteral("同一个投诉重发 50 次")))
                                    .toJson(QJsonDocument::Compact);
        const auto responses = m_agent->sendConcurrently(
            "POST", QStringLiteral("/api/v1/complaints"), body, {{"Idempotency-Key", key}}, 50);
        QSet<qint64> ids;
        for (const auto &r : responses) {
            QCOMPARE(r.status, 201);
            ids.insert(r.json.value(QStringLiteral("id")).toInteger());
        }
        QCOMPARE(ids.size(), 1);
        const auto list
            = m_agent->get(QStringLiteral("/api/v1/complaints?createdBy=1&limit=200&sort=created"));
        int copies = 0;
        for (const auto &c : list.items())
            copies += c.toObject().value(QStringLiteral("description")).toString()
                == QStringLiteral("同一个投诉重发 50 次");
        QVERIFY2(copies == 1, list.body.left(3000).constData());
        const auto complaint
            = m_agent->get(QStringLiteral("/api/v1/complaints/%1").arg(*ids.begin()));
        QCOMPARE(complaint.json.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        const QDateTime created = QDateTime::fromString(
            complaint.json.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
        const QDateTime due = QDateTime::fromString(
            complaint.json.value(QStringLiteral("dueAt")).toString(), Qt::ISODateWithMs);
        QVERIFY(created.daysTo(due) >= 15 && created.daysTo(due) <= 16);
        QVERIFY(!complaint.json.value(QStringLiteral("acknowledgeDueAt")).toString().isEmpty());
    }

    void complaintBadRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("malformed") << QByteArray("{\"channel\": ") << 400 << "";
        QTest::newRow("array") << QByteArray("[1]") << 400 << "";
        QTest::newRow("wrong type") << QByteArray(R"({"channel":5})") << 400 << "channel";
        QTest::newRow("unknown severity") << QByteArray(
            R"({"channel":"hotline","categoryCode":"fees","severity":"urgent","description":"x","customerRequest":""})")
                                          << 400 << "severity";
        QTest::newRow("unknown channel") << QByteArray(
            R"({"channel":"fax","categoryCode":"fees","severity":"low","description":"x","customerRequest":""})")
                                         << 400 << "channel";
        QTest::newRow("unknown category") << QByteArray(
            R"({"channel":"hotline","categoryCode":"nope","severity":"low","description":"x","customerRequest":""})")
                                          << 400 << "categoryCode";
        QTest::newRow("foreign transaction") << QByteArray(
            R"({"channel":"hotline","categoryCode":"fees","severity":"low","accountId":1,"transactionIds":[4],"description":"x","customerRequest":""})")
                                             << 400 << "transactionIds[0]";
        QTest::newRow("oversized")
            << QByteArray("{\"description\":\"" + QByteArray(70000, 'x') + "\"}") << 413 << "";
    }
    void complaintBadRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const auto r = m_agent->send(
            "POST", QStringLiteral("/api/v1/complaints"), body, {{"Idempotency-Key", newKey()}});
        QCOMPARE(r.status, status);
        QVERIFY(!r.code().isEmpty());
        QVERIFY(!r.json.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(r.field(), field);
    }

    void complaintNeedsKeyAndJson()
    {
        const QByteArray body = QJsonDocument(complaintBody()).toJson();
        QCOMPARE(m_agent->send("POST", QStringLiteral("/api/v1/complaints"), body).code(),
            QStringLiteral("idempotency_key_required"));
        QCOMPARE(m_agent
                     ->send("POST", QStringLiteral("/api/v1/complaints"), body,
                         {{"Idempotency-Key", newKey()}, {"Content-Type", "text/plain"}})
                     .status,
            415);
    }

    void staleVersionIsAConflict()
    {
        const qint64 id = createComplaint(*m_agent);
        const QString path = QStringLiteral("/api/v1/complaints/%1").arg(id);
        const auto first = m_agent->get(path);
        const QByteArray etag = first.headers.value("etag");
        QCOMPARE(etag, QByteArray("\"v1\""));
        QCOMPARE(m_agent->get(path, {{"If-None-Match", etag}}).status, 304);
        QCOMPARE(m_agent->patch(path, {{QStringLiteral("severity"), QStringLiteral("low")}}).status,
            428);
        const auto updated = m_supervisor->patch(
            path, {{QStringLiteral("severity"), QStringLiteral("critical")}}, {{"If-Match", etag}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json.value(QStringLiteral("version")).toInteger(), 2);
        // The agent still holds version 1.
        const auto stale = m_agent->patch(
            path, {{QStringLiteral("severity"), QStringLiteral("low")}}, {{"If-Match", etag}});
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.code(), QStringLiteral("version_conflict"));
        QCOMPARE(stale.json.value(QStringLiteral("current"))
                     .toObject()
                     .value(QStringLiteral("severity"))
                     .toString(),
            QStringLiteral("critical"));
        QCOMPARE(m_agent->get(path).json.value(QStringLiteral("severity")).toString(),
            QStringLiteral("critical"));
        QCOMPARE(m_agent
                     ->patch(path, {{QStringLiteral("severity"), QStringLiteral("loud")}},
                         {{"If-Match", "\"v2\""}})
                     .field(),
            QStringLiteral("severity"));
    }

    void complaintWorkflow()
    {
        const qint64 id = createComplaint(*m_agent);
        const QString base = QStringLiteral("/api/v1/complaints/%1").arg(id);
        const auto note = m_agent->post(base + QStringLiteral("/notes"),
            {{QStringLiteral("body"), QStringLiteral("客户卡号 9901 0212 3456 7810 01，已安抚")}});
        QCOMPARE(note.status, 201);
        QVERIFY2(!note.body.contains("3456 7810"), "card numbers in notes are redacted");
        const auto assigned = m_supervisor->post(
            base + QStringLiteral("/assign"), {{QStringLiteral("assignee"), 2}});
        QCOMPARE(assigned.status, 200);
        QCOMPARE(assigned.json.value(QStringLiteral("status")).toString(),
            QStringLiteral("in_progress"));
        QVERIFY(!assigned.json.value(QStringLiteral("acknowledgedAt")).isNull());
        QCOMPARE(m_supervisor
                     ->post(base + QStringLiteral("/assign"), {{QStringLiteral("assignee"), 9999}})
                     .field(),
            QStringLiteral("assignee"));
        QCOMPARE(m_agent
                     ->post(base + QStringLiteral("/escalate"),
                         {{QStringLiteral("reason"), QStringLiteral("客户要求组长回电")}})
                     .status,
            200);
        const auto extended = m_supervisor->post(base + QStringLiteral("/extend"),
            {{QStringLiteral("reason"), QStringLiteral("需银行回函")}});
        QCOMPARE(extended.status, 200);
        const QDateTime created = QDateTime::fromString(
            extended.json.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
        const QDateTime due = QDateTime::fromString(
            extended.json.value(QStringLiteral("dueAt")).toString(), Qt::ISODateWithMs);
        QVERIFY(created.daysTo(due) >= 30);
        QCOMPARE(m_supervisor
                     ->post(base + QStringLiteral("/extend"),
                         {{QStringLiteral("reason"), QStringLiteral("again")}})
                     .code(),
            QStringLiteral("already_extended"));
        QCOMPARE(m_supervisor
                     ->post(base + QStringLiteral("/resolve"),
                         {{QStringLiteral("resolutionCode"), QStringLiteral("bogus")},
                             {QStringLiteral("resolutionText"), QStringLiteral("x")}})
                     .field(),
            QStringLiteral("resolutionCode"));
        const auto resolved = m_supervisor->post(base + QStringLiteral("/resolve"),
            {{QStringLiteral("resolutionCode"), QStringLiteral("refunded")},
                {QStringLiteral("resolutionText"), QStringLiteral("已全额退款")}});
        QCOMPARE(resolved.status, 200);
        QCOMPARE(
            resolved.json.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        const auto reopened = m_supervisor->post(base + QStringLiteral("/reopen"),
            {{QStringLiteral("reason"), QStringLiteral("客户未收到退款")}});
        QCOMPARE(reopened.json.value(QStringLiteral("reopenCount")).toInt(), 1);
        QCOMPARE(reopened.json.value(QStringLiteral("status")).toString(),
            QStringLiteral("in_progress"));
        const auto notes = m_agent->get(base + QStringLiteral("/notes"));
        QCOMPARE(notes.items().size(), 1);
        const auto events = m_agent->get(base + QStringLiteral("/events"));
        QStringList kinds;
        for (const auto &e : events.items())
            kinds << e.toObject().value(QStringLiteral("kind")).toString();
        // The customer is texted when the assignment acknowledges it and on resolving.
        QCOMPARE(kinds,
            (QStringList {QStringLiteral("created"), QStringLiteral("note"),
                QStringLiteral("assign"), QStringLiteral("notice"), QStringLiteral("escalate"),
                QStringLiteral("extend"), QStringLiteral("resolve"), QStringLiteral("notice"),
                QStringLiteral("reopen")}));
    }

    void complaintQueueSortedByDeadline()
    {
        const auto queue = m_supervisor->get(QStringLiteral("/api/v1/complaints?limit=200"));
        QCOMPARE(queue.status, 200);
        QDateTime previous;
        for (const auto &item : queue.items()) {
            const QDateTime due = QDateTime::fromString(
                item.toObject().value(QStringLiteral("dueAt")).toString(), Qt::ISODateWithMs);
            QVERIFY(!previous.isValid() || previous <= due);
            previous = due;
        }
        const auto overdue
            = m_supervisor->get(QStringLiteral("/api/v1/complaints?overdue=true&limit=200"));
        QVERIFY(overdue.items().size() > 0); // the demo data has overdue complaints
        for (const auto &item : overdue.items()) {
            QVERIFY(item.toObject().value(QStringLiteral("status")).toString()
                != QLatin1String("resolved"));
            QVERIFY(QDateTime::fromString(item.toObject().value(QStringLiteral("dueAt")).toString(),
                        Qt::ISODateWithMs)
                < QDateTime::currentDateTimeUtc());
        }
        const auto page1 = m_supervisor->get(QStringLiteral("/api/v1/complaints?limit=3"));
        const auto page2 = m_supervisor->get(QStringLiteral("/api/v1/complaints?limit=3&cursor=")
            + page1.json.value(QStringLiteral("nextCursor")).toString());
        QCOMPARE(page2.status, 200);
        QCOMPARE(page2.items().first(), queue.items().at(3));
        QCOMPARE(m_supervisor->get(QStringLiteral("/api/v1/complaints?status=lost")).field(),
            QStringLiteral("status"));
    }

    void callRecords()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-180);
        const QJsonObject record {{QStringLiteral("callId"), QStringLiteral("call-wrap")},
            {QStringLiteral("callerNumber"), QStringLiteral("+8613800138000")},
            {QStringLiteral("accountId"), 1},
            {QStringLiteral("startedAt"), start.toString(Qt::ISODateWithMs)},
            {QStringLiteral("endedAt"), start.addSecs(161).toString(Qt::ISODateWithMs)},
            {QStringLiteral("wrapUpCode"), QStringLiteral("resolved_first_call")},
            {QStringLiteral("notes"), QStringLiteral("客户报卡号 9901021234567810019 已解锁")}};
        const QByteArray key = newKey();
        const auto r
            = m_agent->post(QStringLiteral("/api/v1/calls"), record, {{"Idempotency-Key", key}});
        QCOMPARE(r.status, 201);
        QCOMPARE(
            r.json.value(QStringLiteral("callerNumber")).toString(), QStringLiteral("138****8000"));
        QVERIFY(!r.body.contains("1234567810"));
        QCOMPARE(m_agent->post(QStringLiteral("/api/v1/calls"), record, {{"Idempotency-Key", key}})
                     .json.value(QStringLiteral("id")),
            r.json.value(QStringLiteral("id")));
        QJsonObject bad = record;
        bad.insert(QStringLiteral("wrapUpCode"), QStringLiteral("lunch"));
        QCOMPARE(
            m_agent->post(QStringLiteral("/api/v1/calls"), bad, {{"Idempotency-Key", newKey()}})
                .field(),
            QStringLiteral("wrapUpCode"));
        const auto previous = m_agent->get(QStringLiteral("/api/v1/calls?accountId=1"));
        QCOMPARE(previous.items().size(), 1);
    }

    void changesFeed()
    {
        const auto start = m_supervisor->get(QStringLiteral("/api/v1/changes?since=0&limit=1000"));
        QCOMPARE(start.status, 200);
        QString cursor = start.json.value(QStringLiteral("cursor")).toString();
        while (start.json.value(QStringLiteral("more")).toBool()) {
            const auto more
                = m_supervisor->get(QStringLiteral("/api/v1/changes?limit=1000&since=") + cursor);
            cursor = more.json.value(QStringLiteral("cursor")).toString();
            if (!more.json.value(QStringLiteral("more")).toBool())
                break;
        }
        const qint64 id = createComplaint(*m_agent);
        const auto next = m_supervisor->get(QStringLiteral("/api/v1/changes?since=") + cursor);
        QCOMPARE(next.items().size(), 1);
        const QJsonObject change = next.items().first().toObject();
        QCOMPARE(change.value(QStringLiteral("entity")).toString(), QStringLiteral("complaint"));
        QCOMPARE(
            change.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toInteger(),
            id);
        const QString after = next.json.value(QStringLiteral("cursor")).toString();
        QVERIFY(after != cursor);
        QCOMPARE(
            m_supervisor->get(QStringLiteral("/api/v1/changes?since=") + after).items().size(), 0);
        // A plain seq, as servers before the (txid, seq) order handed out, still works:
        // after the newest change nothing, after the first one what followed it.
        const qint64 seq = change.value(QStringLiteral("seq")).toInteger();
        QCOMPARE(
            m_supervisor->get(QStringLiteral("/api/v1/changes?since=%1").arg(seq)).items().size(),
            0);
        QList<qint64> followers;
        for (const auto &item :
            m_supervisor->get(QStringLiteral("/api/v1/changes?since=1&limit=5")).items())
            followers << item.toObject().value(QStringLiteral("seq")).toInteger();
        QCOMPARE(followers, (QList<qint64> {2, 3, 4, 5, 6}));
        for (const char *bad : {"abc", "1.2.3", "-1", "1.x", "999999999"})
            QCOMPARE(
                m_supervisor->get(QStringLiteral("/api/v1/changes?since=") + QLatin1String(bad))
                    .field(),
                QStringLiteral("since"));
        // Agents see the complaints they logged, not everyone's.
        auto other = caller();
        other->signIn(QStringLiteral("agent02"), QStringLiteral("agent02-demo"));
        QCOMPARE(other->get(QStringLiteral("/api/v1/changes?since=") + cursor).items().size(), 0);
    }

    void referenceData()
    {
        const auto r = m_agent->get(QStringLiteral("/api/v1/reference"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.items().isEmpty());
        QVERIFY(r.json.value(QStringLiteral("channels")).toArray().size() >= 7);
        QVERIFY(r.json.value(QStringLiteral("holidays")).toArray().size() > 20);
        const QByteArray etag = r.headers.value("etag");
        QCOMPARE(
            m_agent->get(QStringLiteral("/api/v1/reference"), {{"If-None-Match", etag}}).status,
            304);
        QJsonObject edited = r.json;
        QJsonArray holidays = edited.value(QStringLiteral("holidays")).toArray();
        holidays.append(QJsonObject {{QStringLiteral("date"), QStringLiteral("2027-02-08")},
            {QStringLiteral("kind"), QStringLiteral("holiday")},
            {QStringLiteral("name"), QStringLiteral("春节")}});
        edited.insert(QStringLiteral("holidays"), holidays);
        // Reference data is the administrator's (Administration in docs/api.md).
        QCOMPARE(
            m_supervisor->put(QStringLiteral("/api/v1/reference"), edited, {{"If-Match", etag}})
                .status,
            403);
        auto admin = caller();
        QCOMPARE(
            admin->signIn(QStringLiteral("admin01"), QStringLiteral("admin01-demo")).status, 200);
        QCOMPARE(admin->put(QStringLiteral("/api/v1/reference"), edited).status, 428);
        const auto saved
            = admin->put(QStringLiteral("/api/v1/reference"), edited, {{"If-Match", etag}});
        QCOMPARE(saved.status, 200);
        QCOMPARE(
            admin->put(QStringLiteral("/api/v1/reference"), edited, {{"If-Match", etag}}).status,
            409);
        QJsonObject broken = edited;
        broken.insert(
            QStringLiteral("policy"), QJsonObject {{QStringLiteral("acknowledgeWorkingDays"), -1}});
        QCOMPARE(admin
                     ->put(QStringLiteral("/api/v1/reference"), broken,
                         {{"If-Match", saved.headers.value("etag")}})
                     .field(),
            QStringLiteral("policy.acknowledgeWorkingDays"));
    }

    void reportMatchesTheQueue()
    {
        const QString today = QDateTime::currentDateTimeUtc()
                                  .toTimeZone(QTimeZone(8 * 3600))
                                  .date()
                                  .toString(Qt::ISODate);
        const auto report = m_supervisor->get(
            QStringLiteral("/api/v1/reports/complaints?from=2020-01-01&to=") + today);
        QCOMPARE(report.status, 200);
        const auto all = m_supervisor->get(QStringLiteral("/api/v1/complaints?limit=200"));
        QCOMPARE(report.json.value(QStringLiteral("total")).toInt(), all.items().size());
        int resolved = 0;
        for (const auto &c : all.items())
            resolved += c.toObject().value(QStringLiteral("status")).toString()
                == QLatin1String("resolved");
        QCOMPARE(report.json.value(QStringLiteral("byStatus"))
                     .toObject()
                     .value(QStringLiteral("resolved"))
                     .toInt(),
            resolved);
        const int within1 = report.json.value(QStringLiteral("resolvedWithin1WorkingDay")).toInt();
        const int within3
            = report.json.value(QStringLiteral("resolvedWithin1To3WorkingDays")).toInt();
        QVERIFY(within1 + within3 <= resolved);
        QVERIFY(report.json.value(QStringLiteral("resolveBreaches")).toInt() > 0);
        QCOMPARE(
            m_supervisor
                ->get(QStringLiteral("/api/v1/reports/complaints?from=2026-02-01&to=2026-01-01"))
                .field(),
            QStringLiteral("to"));
    }

    void auditFilters()
    {
        const auto mine
            = m_supervisor->get(QStringLiteral("/api/v1/audit?agentId=1&action=complaint"));
        QCOMPARE(mine.status, 200);
        QVERIFY(!mine.items().isEmpty());
        for (const auto &e : mine.items()) {
            QCOMPARE(e.toObject().value(QStringLiteral("agentId")).toInteger(), 1);
            QVERIFY(e.toObject()
                        .value(QStringLiteral("action"))
                        .toString()
                        .startsWith(QLatin1String("complaint.")));
        }
        const auto agents = m_supervisor->get(QStringLiteral("/api/v1/agents"));
        QCOMPARE(agents.items().size(), 5);
        QVERIFY(!agents.body.contains("password"));
    }

    void cleanupTestCase() { m_server.terminate(); }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
