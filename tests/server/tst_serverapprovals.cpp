// The second person's side of account actions, over real HTTPS on SQLite or
// (WALLETDESK_TEST_BACKEND=postgres) PostgreSQL: the policy in the reference
// data decides what waits for approval and the server holds to it (2FA
// resets, refunds above an amount, unfreezing a risk-frozen account), one
// request of a kind waits at a time, and every request in the queue comes
// with the account's risk context and the patterns found in it.
#include "ApiCaller.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QtTest>

namespace {
// The demo store's showcase accounts: 1 张伟 (locked; five failed sign-ins
// from an untrusted phone two hours ago), 2 李娜 (active), 3 王芳 (frozen by
// risk control).
const QString phoneOf[] = {QString(), QStringLiteral("13800138000"), QStringLiteral("13900139000"),
    QStringLiteral("13700137000")};

QStringList strings(const QJsonArray &array)
{
    QStringList out;
    for (const auto &v : array)
        out << v.toString();
    return out;
}
} // namespace

class TestServerApprovals : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<ApiCaller> m_agent;
    std::unique_ptr<ApiCaller> m_supervisor;

    std::unique_ptr<ApiCaller> signedIn(const QString &user)
    {
        auto api = std::make_unique<ApiCaller>(m_server.baseUrl(), m_server.caCertificates());
        const auto login = api->signIn(user, user + QStringLiteral("-demo"));
        if (login.status != 200)
            qWarning() << "cannot sign in" << user << login.body;
        return api;
    }

    qint64 verify(qint64 accountId, const QString &callId)
    {
        const auto started
            = m_agent->post(QStringLiteral("/api/v1/accounts/%1/verifications").arg(accountId),
                {{QStringLiteral("callId"), callId},
                    {QStringLiteral("method"), QStringLiteral("sms")}});
        const qint64 id = started.json.value(QStringLiteral("id")).toInteger();
        const auto answered
            = m_agent->post(QStringLiteral("/api/v1/verifications/%1/answer").arg(id),
                {{QStringLiteral("answer"), m_server.lastSmsCode(phoneOf[accountId])}});
        if (answered.json.value(QStringLiteral("status")).toString() != QLatin1String("verified"))
            qWarning() << "not verified" << started.body << answered.body;
        return id;
    }

    ApiCaller::Response ask(qint64 accountId, const QString &type, const QString &callId,
        std::optional<qint64> transactionId = std::nullopt)
    {
        QJsonObject body {{QStringLiteral("type"), type},
            {QStringLiteral("verificationId"), verify(accountId, callId)},
            {QStringLiteral("callId"), callId},
            {QStringLiteral("reason"), QStringLiteral("来电要求")}};
        if (transactionId)
            body.insert(QStringLiteral("transactionId"), *transactionId);
        return m_agent->post(QStringLiteral("/api/v1/accounts/%1/actions").arg(accountId), body);
    }

    QJsonObject queued(qint64 actionId)
    {
        const auto queue = m_supervisor->get(QStringLiteral("/api/v1/approvals?limit=200"));
        for (const auto &item : queue.items()) {
            const QJsonObject o = item.toObject();
            if (o.value(QStringLiteral("action")).toObject().value(QStringLiteral("id")).toInteger()
                == actionId)
                return o;
        }
        return {};
    }

    QString accountStatus(qint64 accountId)
    {
        return m_supervisor->get(QStringLiteral("/api/v1/accounts/%1").arg(accountId))
            .json.value(QStringLiteral("status"))
            .toString();
    }

    QString refundState(const QString &orderNo)
    {
        return m_supervisor->get(QStringLiteral("/api/v1/transactions/") + orderNo)
            .json.value(QStringLiteral("refundState"))
            .toString();
    }

    qint64 transactionId(const QString &orderNo)
    {
        return m_supervisor->get(QStringLiteral("/api/v1/transactions/") + orderNo)
            .json.value(QStringLiteral("id"))
            .toInteger();
    }

    ApiCaller::Response decide(qint64 actionId, bool approve)
    {
        return m_supervisor->post(
            QStringLiteral("/api/v1/approvals/%1/%2")
                .arg(actionId)
                .arg(approve ? QStringLiteral("approve") : QStringLiteral("reject")),
            {{QStringLiteral("reason"), QStringLiteral("已核实")}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare(), qPrintable(m_server.errorString()));
        QVERIFY2(
            m_server.start(TestServer::relaxedAbuseLimits()), qPrintable(m_server.errorString()));
        m_agent = signedIn(QStringLiteral("agent01"));
        m_supervisor = signedIn(QStringLiteral("super01"));
    }

    void riskContextCallsOutATakeover()
    {
        const auto asked = ask(1, QStringLiteral("two_factor_reset"), QStringLiteral("call-risk"));
        QCOMPARE(asked.status, 201);
        const qint64 id = asked.json.value(QStringLiteral("id")).toInteger();
        const QJsonObject entry = queued(id);
        QVERIFY2(!entry.isEmpty(), "the request is not in the queue");
        const QJsonObject risk = entry.value(QStringLiteral("risk")).toObject();
        // Both phones, the untrusted one still signed in.
        const QJsonArray devices = risk.value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 2);
        bool untrustedSignedIn = false;
        for (const auto &d : devices) {
            const QJsonObject o = d.toObject();
            untrustedSignedIn
                |= o.value(QStringLiteral("name")).toString() == QLatin1String("HUAWEI Mate 60")
                && !o.value(QStringLiteral("trusted")).toBool()
                && o.value(QStringLiteral("signedIn")).toBool();
        }
        QVERIFY(untrustedSignedIn);
        // The five wrong passwords of this morning, with where they came from.
        const QJsonArray failures = risk.value(QStringLiteral("failedSignIns")).toArray();
        QCOMPARE(failures.size(), 5);
        for (const auto &f : failures) {
            QCOMPARE(
                f.toObject().value(QStringLiteral("location")).toString(), QStringLiteral("上海"));
            QCOMPARE(f.toObject().value(QStringLiteral("deviceName")).toString(),
                QStringLiteral("HUAWEI Mate 60"));
        }
        const QStringList patterns = strings(risk.value(QStringLiteral("patterns")).toArray());
        QVERIFY2(patterns.contains(QStringLiteral("failures_then_security_reset")),
            qPrintable(patterns.join(QLatin1Char(','))));
        QVERIFY(patterns.contains(QStringLiteral("untrusted_device_signed_in")));
        QVERIFY(patterns.contains(QStringLiteral("failures_from_untrusted_device")));
        QVERIFY(!patterns.contains(QStringLiteral("recent_security_change")));

        // The same request again waits behind the first rather than beside it.
        const auto again = ask(1, QStringLiteral("two_factor_reset"), QStringLiteral("call-risk2"));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), QStringLiteral("already_pending"));

        // Once approved, the next request on the account sees the change.
        QCOMPARE(decide(id, true).status, 200);
        const auto unlock = ask(1, QStringLiteral("unlock"), QStringLiteral("call-risk3"));
        QCOMPARE(unlock.status, 201);
        const auto reset = ask(1, QStringLiteral("two_factor_reset"), QStringLiteral("call-risk4"));
        QCOMPARE(reset.status, 201);
        const QJsonObject later = queued(reset.json.value(QStringLiteral("id")).toInteger());
        const QJsonObject laterRisk = later.value(QStringLiteral("risk")).toObject();
        const QStringList laterPatterns
            = strings(laterRisk.value(QStringLiteral("patterns")).toArray());
        QVERIFY(laterPatterns.contains(QStringLiteral("recent_security_change")));
        QVERIFY(laterPatterns.contains(QStringLiteral("repeated_requests")));
        QVERIFY(laterRisk.value(QStringLiteral("otherRequests")).toArray().size() >= 2);
        QCOMPARE(decide(reset.json.value(QStringLiteral("id")).toInteger(), false).status, 200);
    }

    void refundAboveTheLimitWaits()
    {
        // 1,299.00 元, above the default 500.00 元.
        const qint64 big = transactionId(QStringLiteral("P7000005"));
        QVERIFY(big > 0);
        const auto asked
            = ask(2, QStringLiteral("refund_request"), QStringLiteral("call-refund"), big);
        QCOMPARE(asked.status, 201);
        QCOMPARE(asked.json.value(QStringLiteral("status")).toString(),
            QStringLiteral("pending_approval"));
        QCOMPARE(refundState(QStringLiteral("P7000005")), QStringLiteral("none"));
        const qint64 id = asked.json.value(QStringLiteral("id")).toInteger();
        const QJsonObject entry = queued(id);
        QCOMPARE(entry.value(QStringLiteral("amount"))
                     .toObject()
                     .value(QStringLiteral("fen"))
                     .toInteger(),
            129'900);
        const auto twice
            = ask(2, QStringLiteral("refund_request"), QStringLiteral("call-refund2"), big);
        QCOMPARE(twice.code(), QStringLiteral("already_pending"));
        QCOMPARE(decide(id, true).status, 200);
        QCOMPARE(refundState(QStringLiteral("P7000005")), QStringLiteral("refund_requested"));

        // 45.00 元 is below it: done at once.
        const auto small = ask(1, QStringLiteral("refund_request"), QStringLiteral("call-small"),
            transactionId(QStringLiteral("P7000003")));
        QCOMPARE(small.status, 201);
        QCOMPARE(small.json.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    }

    void unfreezingARiskFreezeNeedsASecondPerson()
    {
        QCOMPARE(accountStatus(3), QStringLiteral("frozen"));
        const auto asked = ask(3, QStringLiteral("unfreeze"), QStringLiteral("call-unfreeze"));
        QCOMPARE(asked.status, 201);
        QCOMPARE(asked.json.value(QStringLiteral("status")).toString(),
            QStringLiteral("pending_approval"));
        QCOMPARE(accountStatus(3), QStringLiteral("frozen"));
        // The agent cannot approve it, not even by asking the queue.
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/approvals")).status, 403);
        // The queue holds what a second person decides, not every action.
        QCOMPARE(m_supervisor->get(QStringLiteral("/api/v1/approvals?status=done")).field(),
            QStringLiteral("status"));
        // Nor ask a second time beside the first by naming some transaction.
        const auto twice = ask(3, QStringLiteral("unfreeze"), QStringLiteral("call-unfreeze3"),
            transactionId(QStringLiteral("P7000005")));
        QCOMPARE(twice.status, 400);
        QCOMPARE(twice.field(), QStringLiteral("transactionId"));
        const qint64 id = asked.json.value(QStringLiteral("id")).toInteger();
        QCOMPARE(decide(id, true).status, 200);
        QCOMPARE(accountStatus(3), QStringLiteral("active"));
        const auto notFrozen = ask(3, QStringLiteral("unfreeze"), QStringLiteral("call-unfreeze2"));
        QCOMPARE(notFrozen.status, 409);
        QCOMPARE(notFrozen.code(), QStringLiteral("not_frozen"));
    }

    void policyIsReferenceData()
    {
        // The call center raises the refund limit: the same kind of request
        // is then done at once, without a new server.
        const auto reference = m_supervisor->get(QStringLiteral("/api/v1/reference"));
        QCOMPARE(reference.status, 200);
        QJsonObject changed = reference.json;
        QJsonObject policy = changed.value(QStringLiteral("actionPolicy")).toObject();
        QCOMPARE(policy.value(QStringLiteral("refundApprovalAboveFen")).toInteger(), 50'000);
        policy.insert(QStringLiteral("refundApprovalAboveFen"), 5'000'000);
        changed.insert(QStringLiteral("actionPolicy"), policy);
        const auto put = signedIn(QStringLiteral("admin01"))
                             ->put(QStringLiteral("/api/v1/reference"), changed,
                                 {{"If-Match", reference.headers.value("etag")}});
        QVERIFY2(put.status == 200 || put.status == 204, put.body.constData());
        const auto withdrawal = ask(2, QStringLiteral("refund_request"),
            QStringLiteral("call-policy"), transactionId(QStringLiteral("W7000004")));
        QCOMPARE(withdrawal.status, 201);
        QCOMPARE(
            withdrawal.json.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        // A policy that cannot be read is refused by name.
        policy.insert(
            QStringLiteral("transactionExportRoles"), QJsonArray {QStringLiteral("boss")});
        changed.insert(QStringLiteral("actionPolicy"), policy);
        const auto current = m_supervisor->get(QStringLiteral("/api/v1/reference"));
        const auto bad = signedIn(QStringLiteral("admin01"))
                             ->put(QStringLiteral("/api/v1/reference"), changed,
                                 {{"If-Match", current.headers.value("etag")}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.field(), QStringLiteral("actionPolicy.transactionExportRoles[0]"));
    }

    void exportsAreRecorded()
    {
        // An agent exports only an account they are working on.
        auto fresh = signedIn(QStringLiteral("agent02"));
        const QString start = QStringLiteral("/api/v1/accounts/2/exports");
        QCOMPARE(
            fresh->post(start, {{QStringLiteral("callId"), QStringLiteral("call-x")}}).status, 403);
        QCOMPARE(fresh->get(QStringLiteral("/api/v1/accounts/2")).status, 200);
        const auto started
            = fresh->post(start, {{QStringLiteral("callId"), QStringLiteral("call-x")}});
        QCOMPARE(started.status, 201);
        const qint64 id = started.json.value(QStringLiteral("id")).toInteger();
        const QString finish = QStringLiteral("/api/v1/exports/%1/finish").arg(id);
        // Someone else's export is not theirs to finish; a bad count is refused by name.
        QCOMPARE(
            m_agent->post(
                       finish, {{QStringLiteral("rows"), 1}, {QStringLiteral("completed"), true}})
                .status,
            404);
        QCOMPARE(
            fresh->post(finish, {{QStringLiteral("rows"), -3}, {QStringLiteral("completed"), true}})
                .field(),
            QStringLiteral("rows"));
        QCOMPARE(fresh
                     ->post(finish,
                         {{QStringLiteral("rows"), 1234}, {QStringLiteral("completed"), true}})
                     .status,
            200);
        QCOMPARE(
            fresh->post(finish, {{QStringLiteral("rows"), 1}, {QStringLiteral("completed"), true}})
                .code(),
            QStringLiteral("already_finished"));
        // Both ends are in the audit log, the row count with the second.
        const auto audit = m_supervisor->get(
            QStringLiteral("/api/v1/audit?action=account.export&accountId=2&limit=50"));
        QStringList details;
        for (const auto &e : audit.items())
            details << e.toObject().value(QStringLiteral("action")).toString() + QLatin1Char(' ')
                    + e.toObject().value(QStringLiteral("detail")).toString();
        QVERIFY2(details.contains(QStringLiteral("account.export 1234 rows")),
            qPrintable(details.join(QLatin1Char('|'))));
        QVERIFY(details.contains(QStringLiteral("account.export.start export %1").arg(id)));

        // The policy keeps exports to supervisors: agents are refused before any row.
        const auto reference = m_supervisor->get(QStringLiteral("/api/v1/reference"));
        QJsonObject changed = reference.json;
        QJsonObject policy = changed.value(QStringLiteral("actionPolicy")).toObject();
        policy.insert(
            QStringLiteral("transactionExportRoles"), QJsonArray {QStringLiteral("supervisor")});
        changed.insert(QStringLiteral("actionPolicy"), policy);
        QCOMPARE(signedIn(QStringLiteral("admin01"))
                     ->put(QStringLiteral("/api/v1/reference"), changed,
                         {{"If-Match", reference.headers.value("etag")}})
                     .status,
            200);
        const auto refused
            = fresh->post(start, {{QStringLiteral("callId"), QStringLiteral("call-x")}});
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.json.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("policy")));
        QCOMPARE(m_supervisor->post(start, {}).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestServerApprovals)
#include "tst_serverapprovals.moc"
