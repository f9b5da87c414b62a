// Sending a code and taking an account action, resent after a lost answer,
// over real HTTPS on SQLite or (WALLETDESK_TEST_BACKEND=postgres) PostgreSQL:
// with the same Idempotency-Key the resend gets the first answer and nothing
// happens twice (no second SMS, action, audit entry or code counted against
// the customer's limit); without a key each request is a new one, as before.
#include "ApiCaller.h"
#include "StoreSql.h"
#include "TestServer.h"

#include <QUuid>
#include <QtTest>

namespace {
QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QMap<QByteArray, QByteArray> withKey(const QByteArray &key)
{
    return {{"Idempotency-Key", key}};
}
} // namespace

class TestServerRetries : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<ApiCaller> m_agent;
    // One code a minute per customer, as in production: a second code sent
    // for a resend would be refused with 429 too_many_codes.
    const QStringList m_limits {QStringLiteral("--sms-interval"), QStringLiteral("60")};

    void restartWith(const QStringList &args)
    {
        QVERIFY2(m_server.start(args), qPrintable(m_server.errorString()));
        m_agent = std::make_unique<ApiCaller>(m_server.baseUrl(), m_server.caCertificates());
        QCOMPARE(
            m_agent->signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")).status, 200);
    }

    int count(const QString &sql) const
    {
        const QStringList values = StoreSql::column(m_server.databaseSpec(), sql);
        return values.isEmpty() ? -1 : values.first().toInt();
    }
    // What the customer's phones received, and what was stored and audited,
    // read from the store behind the server's back.
    int smsSent() const { return count(QStringLiteral("SELECT COUNT(*) FROM sms_log")); }
    int verificationsOf(const QString &callId) const
    {
        return count(
            QStringLiteral("SELECT COUNT(*) FROM verifications WHERE call_id = '%1'").arg(callId));
    }
    int actionsOf(const QString &callId) const
    {
        return count(
            QStringLiteral("SELECT COUNT(*) FROM actions WHERE call_id = '%1'").arg(callId));
    }
    int audited(const QString &action, const QString &callId) const
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = '%1' AND call_id "
                                    "= '%2'")
                         .arg(action, callId));
    }

    ApiCaller::Response sendCode(qint64 account, const QString &callId,
        const QMap<QByteArray, QByteArray> &headers, const QString &method = QStringLiteral("sms"))
    {
        return m_agent->post(QStringLiteral("/api/v1/accounts/%1/verifications").arg(account),
            {{QStringLiteral("callId"), callId}, {QStringLiteral("method"), method}}, headers);
    }

    // A caller verified by SMS on this call (no key: the old way still works).
    qint64 verifiedCaller(qint64 account, const QString &callId)
    {
        const auto started = sendCode(account, callId, {});
        if (started.status != 201) {
            qWarning() << "could not send a code:" << started.status << started.body;
            return 0;
        }
        const qint64 id = started.json.value(QStringLiteral("id")).toInteger();
        const auto answered
            = m_agent->post(QStringLiteral("/api/v1/verifications/%1/answer").arg(id),
                {{QStringLiteral("answer"), m_server.latestSmsCode()}});
        return answered.json.value(QStringLiteral("status")).toString() == QLatin1String("verified")
            ? id
            : 0;
    }

    // A transaction of the account no refund was asked for yet.
    qint64 refundable(qint64 account)
    {
        const auto log = m_agent->get(
            QStringLiteral("/api/v1/accounts/%1/transactions?limit=200").arg(account));
        for (const auto &item : log.items())
            if (item.toObject().value(QStringLiteral("refundState")).toString()
                == QLatin1String("none"))
                return item.toObject().value(QStringLiteral("id")).toInteger();
        return 0;
    }

    QString refundStateOf(qint64 account, qint64 transaction)
    {
        const auto log = m_agent->get(
            QStringLiteral("/api/v1/accounts/%1/transactions?limit=200").arg(account));
        for (const auto &item : log.items())
            if (item.toObject().value(QStringLiteral("id")).toInteger() == transaction)
                return item.toObject().value(QStringLiteral("refundState")).toString();
        return {};
    }

    static QJsonObject actionDraft(const QString &type, qint64 verification, const QString &callId)
    {
        return {{QStringLiteral("type"), type}, {QStringLiteral("verificationId"), verification},
            {QStringLiteral("callId"), callId},
            {QStringLiteral("reason"), QStringLiteral("客户本人来电，已核实")},
            {QStringLiteral("transactionId"), QJsonValue()},
            {QStringLiteral("resetTarget"),
                type == QLatin1String("password_reset") ? QJsonValue(QStringLiteral("phone"))
                                                        : QJsonValue()}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare(), qPrintable(m_server.errorString()));
        restartWith(m_limits);
        QCOMPARE(smsSent(), 0);
    }

    // The answer to "send code" was lost; the console sends it again with
    // its key: the same verification back, one SMS, one audit entry, and
    // no 429 although a second code within the minute would be refused.
    void codeResentWithItsKey()
    {
        const QString callId = QStringLiteral("call-code-resent");
        const QByteArray key = newKey();
        const int smsBefore = smsSent();
        const auto first = sendCode(11, callId, withKey(key));
        QCOMPARE(first.status, 201);
        QVERIFY(!first.headers.contains("idempotent-replay"));
        const QString code = m_server.latestSmsCode();
        for (int resend = 0; resend < 2; ++resend) {
            const auto again = sendCode(11, callId, withKey(key));
            QCOMPARE(again.status, 201);
            QCOMPARE(again.body, first.body);
            QCOMPARE(again.headers.value("idempotent-replay"), QByteArray("true"));
        }
        QCOMPARE(smsSent(), smsBefore + 1);
        QCOMPARE(m_server.latestSmsCode(), code);
        QCOMPARE(verificationsOf(callId), 1);
        QCOMPARE(audited(QStringLiteral("verification.start"), callId), 1);
        // The code that was sent verifies the caller.
        const auto answered
            = m_agent->post(QStringLiteral("/api/v1/verifications/%1/answer")
                                .arg(first.json.value(QStringLiteral("id")).toInteger()),
                {{QStringLiteral("answer"), code}});
        QCOMPARE(
            answered.json.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
        // A new click is a new code, and that one the limit holds back.
        const auto another = sendCode(11, callId, withKey(newKey()));
        QCOMPARE(another.status, 429);
        QCOMPARE(another.code(), QStringLiteral("too_many_codes"));
        QCOMPARE(smsSent(), smsBefore + 1);
    }

    void codeKeyWithAnotherBody()
    {
        const QString callId = QStringLiteral("call-code-reused");
        const QByteArray key = newKey();
        QCOMPARE(sendCode(12, callId, withKey(key)).status, 201);
        const int smsBefore = smsSent();
        const auto reused = sendCode(12, callId, withKey(key), QStringLiteral("questions"));
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.code(), QStringLiteral("idempotency_key_reused"));
        QCOMPARE(reused.field(), QStringLiteral("Idempotency-Key"));
        QCOMPARE(verificationsOf(callId), 1);
        QCOMPARE(smsSent(), smsBefore);
        // The key names a request to one account: on another it is another request.
        const auto elsewhere = sendCode(13, callId, withKey(key));
        QCOMPARE(elsewhere.status, 201);
        QVERIFY(!elsewhere.headers.contains("idempotent-replay"));
        QCOMPARE(smsSent(), smsBefore + 1);
        // A malformed key is refused before anything is sent.
        const auto malformed = sendCode(14, callId, withKey("short"));
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.field(), QStringLiteral("Idempotency-Key"));
        QCOMPARE(smsSent(), smsBefore + 1);
    }

    // Older consoles send no key: every send is a new code, as before.
    void codeWithoutKey()
    {
        const QString callId = QStringLiteral("call-code-keyless");
        const int smsBefore = smsSent();
        const auto first = sendCode(15, callId, {});
        QCOMPARE(first.status, 201);
        const auto second = sendCode(15, callId, {});
        QCOMPARE(second.status, 429);
        QCOMPARE(second.code(), QStringLiteral("too_many_codes"));
        QCOMPARE(smsSent(), smsBefore + 1);
        QCOMPARE(verificationsOf(callId), 1);
    }

    // The refund request was stored but its answer lost: the resend with
    // the same key is told it was done (201, the same request), not 409
    // refund_already_requested; the same key with another body is a 422.
    void refundResentWithItsKey()
    {
        const qint64 account = 16;
        const QString callId = QStringLiteral("call-refund-resent");
        const qint64 verification = verifiedCaller(account, callId);
        QVERIFY(verification > 0);
        const qint64 transaction = refundable(account);
        QVERIFY2(transaction > 0, "the account has no transaction to ask a refund for");
        QJsonObject draft = actionDraft(QStringLiteral("refund_request"), verification, callId);
        draft.insert(QStringLiteral("transactionId"), transaction);
        const QString path = QStringLiteral("/api/v1/accounts/%1/actions").arg(account);
        const QByteArray key = newKey();
        const auto first = m_agent->post(path, draft, withKey(key));
        QCOMPARE(first.status, 201);
        const auto again = m_agent->post(path, draft, withKey(key));
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.headers.value("idempotent-replay"), QByteArray("true"));
        QCOMPARE(actionsOf(callId), 1);
        QCOMPARE(audited(QStringLiteral("action.refund_request"), callId), 1);
        QCOMPARE(refundStateOf(account, transaction), QStringLiteral("refund_requested"));

        QJsonObject other = draft;
        other.insert(QStringLiteral("reason"), QStringLiteral("另一个理由"));
        const auto reused = m_agent->post(path, other, withKey(key));
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.code(), QStringLiteral("idempotency_key_reused"));
        // Without a key the same request is a new one, refused as before.
        const auto keyless = m_agent->post(path, draft);
        QCOMPARE(keyless.status, 409);
        QCOMPARE(keyless.code(), QStringLiteral("refund_already_requested"));
        QCOMPARE(actionsOf(callId), 1);
        QCOMPARE(audited(QStringLiteral("action.refund_request"), callId), 1);
    }

    void actionResentWithItsKey_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("smsPerAction"); // a password reset texts the customer a code
        QTest::newRow("sign_out_devices") << QStringLiteral("sign_out_devices") << 0;
        QTest::newRow("password_reset") << QStringLiteral("password_reset") << 1;
    }

    // Done once however often it is resent with its key; without one, each
    // request is carried out (and audited) again, as before.
    void actionResentWithItsKey()
    {
        QFETCH(QString, type);
        QFETCH(int, smsPerAction);
        const qint64 account = type == QLatin1String("password_reset") ? 17 : 18;
        const QString callId = QStringLiteral("call-%1-resent").arg(type);
        const qint64 verification = verifiedCaller(account, callId);
        QVERIFY(verification > 0);
        const QString path = QStringLiteral("/api/v1/accounts/%1/actions").arg(account);
        const QJsonObject draft = actionDraft(type, verification, callId);
        const QString audit = QStringLiteral("action.") + type;
        const int smsBefore = smsSent();
        const QByteArray key = newKey();
        const auto first = m_agent->post(path, draft, withKey(key));
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        for (int resend = 0; resend < 2; ++resend) {
            const auto again = m_agent->post(path, draft, withKey(key));
            QCOMPARE(again.status, 201);
            QCOMPARE(again.body, first.body);
        }
        QCOMPARE(actionsOf(callId), 1);
        QCOMPARE(audited(audit, callId), 1);
        QCOMPARE(smsSent(), smsBefore + smsPerAction);

        QJsonObject other = draft;
        other.insert(QStringLiteral("reason"), QStringLiteral("另一个理由"));
        QCOMPARE(m_agent->post(path, other, withKey(key)).status, 422);
        QCOMPARE(actionsOf(callId), 1);

        const auto keyless1 = m_agent->post(path, draft);
        const auto keyless2 = m_agent->post(path, draft);
        QCOMPARE(keyless1.status, 201);
        QCOMPARE(keyless2.status, 201);
        QVERIFY(
            keyless1.json.value(QStringLiteral("id")) != keyless2.json.value(QStringLiteral("id")));
        QCOMPARE(actionsOf(callId), 3);
        QCOMPARE(audited(audit, callId), 3);
        QCOMPARE(smsSent(), smsBefore + 3 * smsPerAction);
    }

    // A refused request stores nothing: sent again with its key once the
    // cause is gone, it is carried out, not answered with the refusal.
    void refusedActionMayBeRetriedWithItsKey()
    {
        const qint64 account = 19;
        const QString callId = QStringLiteral("call-refused-first");
        const auto started = sendCode(account, callId, {});
        QCOMPARE(started.status, 201);
        const qint64 verification = started.json.value(QStringLiteral("id")).toInteger();
        const QString path = QStringLiteral("/api/v1/accounts/%1/actions").arg(account);
        const QJsonObject draft
            = actionDraft(QStringLiteral("sign_out_devices"), verification, callId);
        const QByteArray key = newKey();
        const auto early = m_agent->post(path, draft, withKey(key));
        QCOMPARE(early.status, 403);
        QCOMPARE(early.code(), QStringLiteral("verification_required"));
        QCOMPARE(actionsOf(callId), 0);
        const auto answered
            = m_agent->post(QStringLiteral("/api/v1/verifications/%1/answer").arg(verification),
                {{QStringLiteral("answer"), m_server.latestSmsCode()}});
        QCOMPARE(
            answered.json.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
        const auto done = m_agent->post(path, draft, withKey(key));
        QCOMPARE(done.status, 201);
        QVERIFY(!done.headers.contains("idempotent-replay"));
        QCOMPARE(actionsOf(callId), 1);
    }

    // Resends do not count against the customer's hourly limit either.
    void replaysAreNotCounted()
    {
        restartWith({QStringLiteral("--sms-interval"), QStringLiteral("0"),
            QStringLiteral("--sms-per-account-hour"), QStringLiteral("2")});
        const QString callId = QStringLiteral("call-code-counted");
        const QByteArray key = newKey();
        for (int send = 0; send < 4; ++send)
            QCOMPARE(sendCode(20, callId, withKey(key)).status, 201);
        QCOMPARE(sendCode(20, callId, withKey(newKey())).status, 201); // the second code
        const auto third = sendCode(20, callId, withKey(newKey()));
        QCOMPARE(third.status, 429);
        QCOMPARE(third.code(), QStringLiteral("too_many_codes"));
        QCOMPARE(verificationsOf(callId), 2);
        QCOMPARE(audited(QStringLiteral("verification.start"), callId), 2);
        restartWith(m_limits);
    }
};

QTEST_GUILESS_MAIN(TestServerRetries)
#include "tst_serverretries.moc"
