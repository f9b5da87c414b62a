#include "Account.h"
#include "Agent.h"
#include "ApiError.h"
#include "Approval.h"
#include "AuditEntry.h"
#include "CallRecord.h"
#include "Callback.h"
#include "Complaint.h"
#include "ComplaintNote.h"
#include "Presence.h"
#include "ReferenceData.h"
#include "SampleRecords.h"
#include "Transaction.h"
#include "WallboardSnapshot.h"

#include <QtTest>

using namespace WalletDesk;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 20), QTime(9, 30, 15, 250), Qt::UTC);

template<typename T> void expectRoundTrip(const T &value)
{
    const QByteArray json = QJsonDocument(value.toJson()).toJson(QJsonDocument::Compact);
    CodecError error;
    const std::optional<T> back = decode<T>(json, &error);
    QVERIFY2(back.has_value(),
        qPrintable(error.toString() + QLatin1String(" in ") + QString::fromUtf8(json)));
    QVERIFY2(*back == value, json.constData());
}

Account sampleAccount()
{
    Account a;
    a.summary = {42, QStringLiteral("8800…1234"), QStringLiteral("张**"),
        QStringLiteral("138****1234"), QStringLiteral("z***@example.cn"), AccountStatus::Locked, 2};
    a.idNumber = QStringLiteral("1101**********1234");
    a.lockReason = QStringLiteral("five wrong passwords");
    a.balance = {120450, QStringLiteral("CNY")};
    a.twoFactorEnabled = true;
    a.createdAt = t0.addYears(-2);
    a.failedLoginsLast24h = 5;
    a.devices = {{1, QStringLiteral("iPhone 15"), QStringLiteral("iOS"), t0, true, true}};
    a.cards = {{7, QStringLiteral("招商银行"), QStringLiteral("622588******1234"), CardType::Debit,
        true, t0}};
    a.recentLogins = {{t0, false, QStringLiteral("iPhone 15"), QStringLiteral("上海"),
                          QStringLiteral("wrong password")},
        {t0.addSecs(60), true, QStringLiteral("iPhone 15"), QStringLiteral("上海"), QString()}};
    a.version = 3;
    return a;
}

Transaction sampleTransaction()
{
    Transaction t;
    t.id = 9;
    t.orderNumber = QStringLiteral("P202611200001");
    t.accountId = 42;
    t.type = TransactionType::Withdrawal;
    t.status = TransactionStatus::Pending;
    t.amount = {50000, QStringLiteral("CNY")};
    t.fee = {50, QStringLiteral("CNY")};
    t.createdAt = t0;
    t.debited = true;
    t.bankName = QStringLiteral("工商银行");
    t.maskedCard = QStringLiteral("622202******5678");
    t.expectedArrival = QDate(2026, 11, 23);
    return t;
}

CallerVerification sampleVerification()
{
    return {5, 42, 2, QStringLiteral("call-1"), VerificationMethod::Sms,
        VerificationStatus::Verified, 2, QStringLiteral("138****1234"), QString(), t0,
        t0.addSecs(600), t0.addSecs(30)};
}

Callback sampleCallback()
{
    Callback c;
    c.id = 8;
    c.version = 2;
    c.agentId = 2;
    c.phone = QStringLiteral("+8613800138000");
    c.reason = QStringLiteral("回电确认退款");
    c.accountId = 42;
    c.callId = QStringLiteral("call-1");
    c.dueAt = t0.addSecs(7200);
    c.scheduledAt = t0;
    c.status = CallbackStatus::Done;
    c.updatedAt = t0.addSecs(60);
    return c;
}

ActionRequest sampleAction()
{
    ActionRequest a;
    a.id = 3;
    a.accountId = 42;
    a.agentId = 2;
    a.callId = QStringLiteral("call-1");
    a.type = ActionType::TwoFactorReset;
    a.status = ActionStatus::Rejected;
    a.reason = QStringLiteral("lost phone");
    a.verificationId = 5;
    a.createdAt = t0;
    a.decidedBy = 1;
    a.decisionReason = QStringLiteral("caller could not answer the questions");
    a.decidedAt = t0.addSecs(300);
    return a;
}

} // namespace

class TestCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        expectRoundTrip(Money {-12345, QStringLiteral("CNY")});
        expectRoundTrip(
            Agent {1, QStringLiteral("agent01"), QStringLiteral("王芳"), Role::Supervisor});
        expectRoundTrip(sampleAccount());
        expectRoundTrip(sampleAccount().summary);
        expectRoundTrip(sampleAccount().cards.first());
        expectRoundTrip(sampleAccount().devices.first());
        expectRoundTrip(sampleAccount().recentLogins.first());
        expectRoundTrip(sampleTransaction());
        Transaction failed = sampleTransaction();
        failed.type = TransactionType::Payment;
        failed.status = TransactionStatus::Failed;
        failed.failureReason = QStringLiteral("bank timeout");
        failed.refundState = RefundState::ReversalPending;
        failed.reversalDue = QDate(2026, 11, 25);
        failed.merchant = QStringLiteral("美团外卖");
        failed.expectedArrival.reset();
        expectRoundTrip(failed);
        expectRoundTrip(sampleVerification());
        expectRoundTrip(sampleAction());
        ActionDraft draft {ActionType::PasswordReset, 5, QStringLiteral("call-1"),
            QStringLiteral("forgot"), std::nullopt, ResetTarget::Email};
        expectRoundTrip(draft);
        expectRoundTrip(Approval {sampleAction(), QStringLiteral("李雷"), sampleVerification(),
            std::nullopt, std::nullopt, std::nullopt});
        expectRoundTrip(Approval {sampleAction(), QStringLiteral("李雷"), sampleVerification(),
            AccountSummary {1, QStringLiteral("8800…0001"), QStringLiteral("张*"),
                QStringLiteral("138****8000"), QStringLiteral("z***@example.cn"),
                AccountStatus::Locked, 3},
            Money {129'900, QStringLiteral("CNY")},
            RiskContext {{Device {7, QStringLiteral("HUAWEI Mate 60"), QStringLiteral("HarmonyOS"),
                             t0, false, true}},
                {LoginAttempt {t0, false, QStringLiteral("HUAWEI Mate 60"), QStringLiteral("上海"),
                    QStringLiteral("密码错误")}},
                {}, {sampleAction()},
                {RiskPattern::FailuresThenSecurityReset, RiskPattern::UntrustedDeviceSignedIn}}});
        expectRoundTrip(ActionPolicy {});
        expectRoundTrip(ActionPolicy {0, false, true, {Role::Supervisor}});
        expectRoundTrip(Samples::sampleComplaint(t0));
        expectRoundTrip(Samples::sampleComplaint(t0).draft);
        expectRoundTrip(
            ComplaintNote {1, 11, 2, QStringLiteral("李雷"), QStringLiteral("回电客户"), t0});
        expectRoundTrip(CallRecord {4, QStringLiteral("call-1"), QStringLiteral("138****1234"), 42,
            2, t0, t0.addSecs(161), QStringLiteral("resolved"), QStringLiteral("ok"), 11});
        expectRoundTrip(sampleCallback());
        Callback unsent = sampleCallback();
        unsent.id = 0;
        unsent.accountId.reset();
        unsent.callId.reset();
        unsent.updatedAt = {};
        unsent.status = CallbackStatus::Scheduled;
        expectRoundTrip(unsent);
        expectRoundTrip(CallbackChange {CallbackStatus::Cancelled, std::nullopt, t0});
        expectRoundTrip(CallbackChange {std::nullopt, t0.addDays(2), t0});
        expectRoundTrip(AuditEntry {1, t0, 2, QStringLiteral("account.view"), 42,
            QStringLiteral("call-1"), QString(), QString(), QString(), std::nullopt, std::nullopt});
        expectRoundTrip(AuditEntry {2, t0, 2, QStringLiteral("callback.create"), 42,
            QStringLiteral("call-1"), QString(), QStringLiteral("138****8000 due x"),
            QStringLiteral("8800…0042"), t0.addSecs(-60), 3});
        expectRoundTrip(Samples::sampleReference());
        const Presence onCall {1, QStringLiteral("李雷"), true, true, t0, t0.addSecs(30)};
        expectRoundTrip(onCall);
        expectRoundTrip(Presence {2, QStringLiteral("韩梅梅"), false, false, std::nullopt, t0});
        expectRoundTrip(Presence::Report {true, t0});
        expectRoundTrip(Presence::Report {false, std::nullopt});
        expectRoundTrip(WallboardSnapshot {t0, {onCall},
            {{31, ActionType::TwoFactorReset, QStringLiteral("李雷"), t0.addSecs(-720)}},
            {{8, QStringLiteral("fees"), QString(), t0.addSecs(3600)}}, 1,
            {{7, QStringLiteral("refund_delay"), QStringLiteral("王组长"), t0.addDays(-2)}}, 5});
        expectRoundTrip(ApiError {
            QStringLiteral("validation_failed"), QStringLiteral("bad"), QStringLiteral("amount")});
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>(
            "change"); // JSON object merged into a valid value; "-key" removes key
        QTest::addColumn<QString>("field");

        auto row = [](const char *name, const char *type, const char *change, const char *field) {
            QTest::newRow(name) << QString::fromLatin1(type) << QString::fromUtf8(change)
                                << QString::fromLatin1(field);
        };
        row("money fen as string", "Money", R"({"fen":"100"})", "fen");
        row("money fen fractional", "Money", R"({"fen":1.5})", "fen");
        row("money fen too large", "Money", R"({"fen":1e17})", "fen");
        row("money bad currency", "Money", R"({"currency":"yuan"})", "currency");
        row("money missing currency", "Money", "-currency", "currency");
        row("agent bad role", "Agent", R"({"role":"boss"})", "role");
        row("agent id zero", "Agent", R"({"id":0})", "id");
        row("agent missing username", "Agent", "-username", "username");
        row("account bad status", "Account", R"({"status":"closed"})", "status");
        row("account kyc out of range", "Account", R"({"kycLevel":9})", "kycLevel");
        row("account balance not object", "Account", R"({"balance":12})", "balance");
        row("account nested balance", "Account", R"({"balance":{"fen":1,"currency":"X"}})",
            "balance.currency");
        row("account card unmasked", "Account",
            R"({"cards":[{"id":1,"bankName":"b","maskedNumber":"6222020000005678","type":"debit","isDefault":true,"linkedAt":"2026-01-01T00:00:00Z"}]})",
            "cards[0].maskedNumber");
        row("account device bad time", "Account",
            R"({"devices":[{"id":1,"name":"n","platform":"p","lastSeenAt":"yesterday","trusted":true,"signedIn":true}]})",
            "devices[0].lastSeenAt");
        row("account devices not array", "Account", R"({"devices":{}})", "devices");
        row("account login missing reason", "Account",
            R"({"recentLogins":[{"at":"2026-01-01T00:00:00Z","success":false,"deviceName":"d","location":"l"}]})",
            "recentLogins[0].failureReason");
        row("transaction bad type", "Transaction", R"({"type":"gift"})", "type");
        row("transaction zero amount", "Transaction", R"({"amount":{"fen":0,"currency":"CNY"}})",
            "amount.fen");
        row("transaction negative fee", "Transaction", R"({"fee":{"fen":-1,"currency":"CNY"}})",
            "fee.fen");
        row("transaction failed without reason", "Transaction", R"({"status":"failed"})",
            "failureReason");
        row("transaction debited as string", "Transaction", R"({"debited":"yes"})", "debited");
        row("transaction bad arrival", "Transaction", R"({"expectedArrival":"2026-13-01"})",
            "expectedArrival");
        row("transaction local time", "Transaction", R"({"createdAt":"2026-11-20T09:30:00"})",
            "createdAt");
        row("verification tries", "CallerVerification", R"({"triesLeft":11})", "triesLeft");
        row("verification expires before", "CallerVerification",
            R"({"expiresAt":"2020-01-01T00:00:00Z"})", "expiresAt");
        row("verification method", "CallerVerification", R"({"method":"email"})", "method");
        row("action status", "ActionRequest", R"({"status":"maybe"})", "status");
        row("action empty reason", "ActionRequest", R"({"reason":"  "})", "reason");
        row("draft missing transaction", "ActionDraft", R"({"type":"refund_request"})",
            "transactionId");
        row("draft missing target", "ActionDraft",
            R"({"type":"password_reset","resetTarget":null})", "resetTarget");
        row("approval nested", "Approval", R"({"verification":{"id":"x"}})", "verification.id");
        row("complaint severity", "Complaint", R"({"severity":"urgent"})", "severity");
        row("complaint tx ids", "Complaint", R"({"transactionIds":[1,"2"]})", "transactionIds[1]");
        row("complaint resolved without code", "Complaint", R"({"resolutionCode":null})",
            "resolutionCode");
        row("complaint due before created", "Complaint", R"({"dueAt":"2020-01-01T00:00:00Z"})",
            "dueAt");
        row("draft description too long", "ComplaintDraft", "{\"description\":\"LONG\"}",
            "description");
        row("draft missing channel", "ComplaintDraft", "-channel", "channel");
        row("note empty body", "ComplaintNote", R"({"body":""})", "body");
        row("call ended before start", "CallRecord", R"({"endedAt":"2020-01-01T00:00:00Z"})",
            "endedAt");
        row("call missing wrap-up", "CallRecord", "-wrapUpCode", "wrapUpCode");
        row("audit missing action", "AuditEntry", "-action", "action");
        row("callback not a number", "Callback", R"({"phone":"ring me"})", "phone");
        row("callback number too short", "Callback", R"({"phone":"1234"})", "phone");
        row("callback due before scheduled", "Callback", R"({"dueAt":"2020-01-01T00:00:00Z"})",
            "dueAt");
        row("callback due too far", "Callback", R"({"dueAt":"2027-11-20T09:30:15Z"})", "dueAt");
        row("callback reason too long", "Callback", "{\"reason\":\"LONG\"}", "reason");
        row("callback bad status", "Callback", R"({"status":"later"})", "status");
        row("callback missing due", "Callback", "-dueAt", "dueAt");
        row("change says nothing", "CallbackChange", "-status", "");
        row("change done with a due time", "CallbackChange", R"({"dueAt":"2026-11-21T09:30:15Z"})",
            "dueAt");
        row("change scheduled without due", "CallbackChange", R"({"status":"scheduled"})",
            "status");
        row("reference bad parent", "ReferenceData",
            R"({"categories":[{"code":"a","parentCode":"zz","kind":"service","nameZh":"x","nameEn":"x"}]})",
            "categories[0].parentCode");
        row("reference bad holiday kind", "ReferenceData",
            R"({"holidays":[{"date":"2026-10-01","kind":"party","name":"x"}]})",
            "holidays[0].kind");
        row("reference bad policy", "ReferenceData",
            R"({"policy":{"acknowledgeWorkingDays":1,"resolveCalendarDays":15,"maxExtendedCalendarDays":10,"withdrawalArrivalWorkingDays":1,"reversalWorkingDays":3}})",
            "policy.maxExtendedCalendarDays");
        row("reference bad code", "ReferenceData",
            R"({"channels":[{"code":"Hot Line","nameZh":"x","nameEn":"x"}]})", "channels[0].code");
        row("reference empty zone", "ReferenceData", R"({"timeZone":""})", "timeZone");
        row("error missing code", "ApiError", "-code", "code");
    }

    void badInput()
    {
        QFETCH(QString, type);
        QFETCH(QString, change);
        QFETCH(QString, field);

        QJsonObject base = validJsonOf(type);
        QVERIFY(!base.isEmpty());
        if (change.startsWith(QLatin1Char('-'))) {
            base.remove(change.mid(1));
        } else {
            change.replace(QLatin1String("LONG"), QString(5000, QLatin1Char('x')));
            const QJsonObject patch = QJsonDocument::fromJson(change.toUtf8()).object();
            QVERIFY2(!patch.isEmpty(), "test row has bad JSON");
            for (auto it = patch.begin(); it != patch.end(); ++it)
                base.insert(it.key(), it.value());
        }
        const CodecError error = decodeError(type, base);
        QCOMPARE(error.field, field);
        QVERIFY(!error.message.isEmpty());
    }

    // Found by fuzz_request and fuzz_codecs: a number far beyond qint64 and
    // an instant outside years 1-9999 are refused by name, not cast or kept.
    void valuesOutsideWhatCanBeCarried()
    {
        JsonReader huge(QJsonObject {{QStringLiteral("n"), 1e19}, {QStringLiteral("m"), -1e300}});
        huge.integer(QStringLiteral("n"), 0, Q_INT64_C(1) << 52);
        QVERIFY(!huge.ok());
        QCOMPARE(huge.error().field, QStringLiteral("n"));
        JsonReader tiny(QJsonObject {{QStringLiteral("m"), -1e300}});
        tiny.integer(QStringLiteral("m"), 0, 10);
        QCOMPARE(tiny.error().field, QStringLiteral("m"));
        for (const char *at : {"9999-12-31T23:59:59.999-14:00", "0001-01-01T00:00:00.000+14:00"}) {
            JsonReader r(QJsonObject {{QStringLiteral("at"), QLatin1String(at)}});
            r.dateTime(QStringLiteral("at"));
            QVERIFY2(!r.ok(), at);
            QCOMPARE(r.error().field, QStringLiteral("at"));
        }
        JsonReader fine(
            QJsonObject {{QStringLiteral("at"), QStringLiteral("9999-12-31T23:59:59.999Z")}});
        QCOMPARE(formatDateTime(fine.dateTime(QStringLiteral("at"))),
            QStringLiteral("9999-12-31T23:59:59.999Z"));
    }

    void notAnObject()
    {
        CodecError error;
        QVERIFY(!decode<Complaint>(QByteArray("[1,2]"), &error));
        QVERIFY(error.message.contains(QLatin1String("object")));
        QVERIFY(!decode<Complaint>(QByteArray("{\"id\":"), &error));
        QVERIFY(error.message.contains(QLatin1String("malformed")));
        QVERIFY(!decode<Complaint>(QByteArray(), &error));
    }

private:
    static QJsonObject validJsonOf(const QString &type)
    {
        if (type == QLatin1String("Money"))
            return Money {100, QStringLiteral("CNY")}.toJson();
        if (type == QLatin1String("Agent"))
            return Agent {1, QStringLiteral("a"), QStringLiteral("A"), Role::Agent}.toJson();
        if (type == QLatin1String("Account"))
            return sampleAccount().toJson();
        if (type == QLatin1String("Transaction"))
            return sampleTransaction().toJson();
        if (type == QLatin1String("CallerVerification"))
            return sampleVerification().toJson();
        if (type == QLatin1String("ActionRequest"))
            return sampleAction().toJson();
        if (type == QLatin1String("ActionDraft"))
            return ActionDraft {ActionType::PasswordReset, 5, QStringLiteral("c"),
                QStringLiteral("r"), std::nullopt, ResetTarget::Phone}
                .toJson();
        if (type == QLatin1String("Approval"))
            return Approval {sampleAction(), QStringLiteral("x"), sampleVerification(),
                std::nullopt, std::nullopt, std::nullopt}
                .toJson();
        if (type == QLatin1String("Complaint"))
            return Samples::sampleComplaint(t0).toJson();
        if (type == QLatin1String("ComplaintDraft"))
            return Samples::sampleComplaint(t0).draft.toJson();
        if (type == QLatin1String("ComplaintNote"))
            return ComplaintNote {1, 1, 1, QString(), QStringLiteral("b"), t0}.toJson();
        if (type == QLatin1String("CallRecord"))
            return CallRecord {1, QStringLiteral("c"), QString(), std::nullopt, 1, t0, t0,
                QStringLiteral("w"), QString(), std::nullopt}
                .toJson();
        if (type == QLatin1String("Callback"))
            return sampleCallback().toJson();
        if (type == QLatin1String("CallbackChange"))
            return CallbackChange {CallbackStatus::Done, std::nullopt, t0}.toJson();
        if (type == QLatin1String("AuditEntry"))
            return AuditEntry {1, t0, 1, QStringLiteral("x"), std::nullopt, {}, {}, {}, {}, {}, {}}
                .toJson();
        if (type == QLatin1String("ReferenceData"))
            return Samples::sampleReference().toJson();
        if (type == QLatin1String("ApiError"))
            return ApiError {QStringLiteral("c"), QStringLiteral("m"), QString()}.toJson();
        return {};
    }

    template<typename T> static CodecError errorOf(const QJsonObject &o)
    {
        CodecError error;
        if (decode<T>(o, &error))
            return {QStringLiteral("<decoded without error>"), QString()};
        return error;
    }

    static CodecError decodeError(const QString &type, const QJsonObject &o)
    {
        if (type == QLatin1String("Money"))
            return errorOf<Money>(o);
        if (type == QLatin1String("Agent"))
            return errorOf<Agent>(o);
        if (type == QLatin1String("Account"))
            return errorOf<Account>(o);
        if (type == QLatin1String("Transaction"))
            return errorOf<Transaction>(o);
        if (type == QLatin1String("CallerVerification"))
            return errorOf<CallerVerification>(o);
        if (type == QLatin1String("ActionRequest"))
            return errorOf<ActionRequest>(o);
        if (type == QLatin1String("ActionDraft"))
            return errorOf<ActionDraft>(o);
        if (type == QLatin1String("Approval"))
            return errorOf<Approval>(o);
        if (type == QLatin1String("Complaint"))
            return errorOf<Complaint>(o);
        if (type == QLatin1String("ComplaintDraft"))
            return errorOf<ComplaintDraft>(o);
        if (type == QLatin1String("ComplaintNote"))
            return errorOf<ComplaintNote>(o);
        if (type == QLatin1String("CallRecord"))
            return errorOf<CallRecord>(o);
        if (type == QLatin1String("AuditEntry"))
            return errorOf<AuditEntry>(o);
        if (type == QLatin1String("Callback"))
            return errorOf<Callback>(o);
        if (type == QLatin1String("CallbackChange"))
            return errorOf<CallbackChange>(o);
        if (type == QLatin1String("ReferenceData"))
            return errorOf<ReferenceData>(o);
        if (type == QLatin1String("ApiError"))
            return errorOf<ApiError>(o);
        return {QStringLiteral("<unknown type>"), QString()};
    }

    void pageItemsAllOrNothing()
    {
        const QJsonObject good {{QStringLiteral("items"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), 1},
                {QStringLiteral("username"), QStringLiteral("a")},
                {QStringLiteral("displayName"), QStringLiteral("甲")},
                {QStringLiteral("role"), QStringLiteral("agent")}}}}};
        CodecError error;
        const auto agents = decodeItems<Agent>(good, &error);
        QVERIFY2(agents.has_value(), qPrintable(error.toString()));
        QCOMPARE(agents->size(), 1);
        QCOMPARE(agents->first().displayName, QStringLiteral("甲"));
        QJsonArray items = good.value(QStringLiteral("items")).toArray();
        items.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("two")}});
        QVERIFY(!decodeItems<Agent>(QJsonObject {{QStringLiteral("items"), items}}, &error));
        QVERIFY2(error.field.startsWith(QStringLiteral("items[1].")), qPrintable(error.field));
        QVERIFY(!decodeItems<Agent>(QJsonObject {{QStringLiteral("items"), 3}}, &error));
        QCOMPARE(error.field, QStringLiteral("items"));
    }
};

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
