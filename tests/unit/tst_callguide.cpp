// The call guide's checklists against hand-made accounts: what it tells the
// agent for each kind of call, and when it asks for attention. Also the
// transaction filter both the server query and the offline cache use.
#include "CallGuide.h"
#include "ComplaintFilter.h"
#include "DisplayNames.h"
#include "RecordTableModel.h"
#include "TransactionFilter.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace WalletDesk;

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(6, 0), Qt::UTC); // 14:00 in China

Transaction tx(
    qint64 id, TransactionType type, TransactionStatus status, qint64 fen, const QDateTime &at)
{
    Transaction t;
    t.id = id;
    t.orderNumber = QStringLiteral("X%1").arg(id);
    t.accountId = 7;
    t.type = type;
    t.status = status;
    t.amount = {fen, QStringLiteral("CNY")};
    t.merchant = QStringLiteral("京东商城");
    t.createdAt = at;
    return t;
}

Account account(AccountStatus status)
{
    Account a;
    a.summary.id = 7;
    a.summary.status = status;
    a.lockReason = status == AccountStatus::Active ? QString()
                                                   : QStringLiteral("连续 5 次输入错误的登录密码");
    return a;
}

const CallGuide::Step *find(const QList<CallGuide::Step> &steps, const QString &key)
{
    for (const auto &s : steps) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestCallGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutAccountOrVerificationTheFirstStepSaysSo()
    {
        CallGuide::Facts facts;
        facts.now = now;
        auto steps = CallGuide::steps(CallGuide::Kind::CannotSignIn, facts);
        QCOMPARE(steps.first().key, QStringLiteral("open"));
        QVERIFY(steps.first().attention);
        facts.account = account(AccountStatus::Active);
        steps = CallGuide::steps(CallGuide::Kind::CannotSignIn, facts);
        QCOMPARE(steps.first().key, QStringLiteral("verify"));
        QVERIFY(steps.first().attention);
        facts.verified = true;
        QVERIFY(!CallGuide::steps(CallGuide::Kind::CannotSignIn, facts).first().attention);
    }

    void cannotSignInShowsLockAndFailures()
    {
        CallGuide::Facts facts;
        facts.now = now;
        facts.verified = true;
        Account a = account(AccountStatus::Locked);
        a.failedLoginsLast24h = 5;
        a.recentLogins = {{now.addSecs(-600), false, QStringLiteral("HUAWEI Mate 60"),
                              QStringLiteral("上海"), QStringLiteral("密码错误")},
            {now.addDays(-2), true, QStringLiteral("iPhone 15"), QStringLiteral("上海"),
                QString()}};
        a.twoFactorEnabled = true;
        facts.account = a;
        const auto steps = CallGuide::steps(CallGuide::Kind::CannotSignIn, facts);
        const auto *lock = find(steps, QStringLiteral("lock"));
        QVERIFY(lock && lock->attention && lock->text.contains(a.lockReason));
        const auto *failures = find(steps, QStringLiteral("failures"));
        QVERIFY(failures && failures->attention);
        QVERIFY(failures->text.contains(QStringLiteral("HUAWEI Mate 60"))
            && failures->text.contains(QStringLiteral("密码错误")));
        QVERIFY(find(steps, QStringLiteral("2fa")));

        facts.account = account(AccountStatus::Frozen);
        const auto frozen = CallGuide::steps(CallGuide::Kind::CannotSignIn, facts);
        QVERIFY(find(frozen, QStringLiteral("lock"))->text.contains(QStringLiteral("risk team")));
        QVERIFY(!find(frozen, QStringLiteral("2fa")));
    }

    void paymentProblems()
    {
        CallGuide::Facts facts;
        facts.now = now;
        facts.verified = true;
        facts.account = account(AccountStatus::Active);
        facts.transactionsLoaded = true;
        Transaction debited
            = tx(1, TransactionType::Payment, TransactionStatus::Failed, 25900, now.addDays(-1));
        debited.debited = true;
        debited.reversalDue = QDate(2026, 11, 30);
        Transaction late
            = tx(2, TransactionType::Payment, TransactionStatus::Failed, 9900, now.addDays(-10));
        late.debited = true;
        late.reversalDue = QDate(2026, 11, 20);
        Transaction notTaken
            = tx(3, TransactionType::Payment, TransactionStatus::Failed, 100, now.addDays(-3));
        Transaction second
            = tx(5, TransactionType::Payment, TransactionStatus::Succeeded, 4500, now.addDays(-4));
        Transaction first = tx(6, TransactionType::Payment, TransactionStatus::Succeeded, 4500,
            now.addDays(-4).addSecs(-120));
        Transaction stuck = tx(
            4, TransactionType::Payment, TransactionStatus::Pending, 800, now.addSecs(-3 * 3600));
        facts.transactions = {debited, notTaken, stuck, second, first, late};
        const auto steps = CallGuide::steps(CallGuide::Kind::PaymentProblem, facts);
        const auto *s1 = find(steps, QStringLiteral("tx-1"));
        QVERIFY(s1 && s1->attention && s1->text.contains(QStringLiteral("259.00"))
            && s1->text.contains(QStringLiteral("2026-11-30")));
        QVERIFY(!s1->text.contains(QStringLiteral("late")));
        const auto *s2 = find(steps, QStringLiteral("tx-2"));
        QVERIFY(s2 && s2->attention && s2->text.contains(QStringLiteral("late")));
        const auto *s3 = find(steps, QStringLiteral("tx-3"));
        QVERIFY(s3 && !s3->attention && s3->text.contains(QStringLiteral("no money was taken")));
        const auto *s4 = find(steps, QStringLiteral("tx-4"));
        QVERIFY(s4 && s4->attention && s4->text.contains(QStringLiteral("pending")));
        const auto *dup = find(steps, QStringLiteral("tx-5"));
        QVERIFY(dup && dup->attention && dup->text.contains(QStringLiteral("X5"))
            && dup->text.contains(QStringLiteral("X6")));
        QVERIFY(!find(steps, QStringLiteral("none")));

        facts.transactions
            = {tx(9, TransactionType::Payment, TransactionStatus::Succeeded, 100, now)};
        QVERIFY(
            find(CallGuide::steps(CallGuide::Kind::PaymentProblem, facts), QStringLiteral("none")));
        facts.transactionsLoaded = false;
        QVERIFY(find(
            CallGuide::steps(CallGuide::Kind::PaymentProblem, facts), QStringLiteral("loading")));
    }

    void withdrawalsOnTimeLateAndPaidOut()
    {
        CallGuide::Facts facts;
        facts.now = now;
        facts.account = account(AccountStatus::Active);
        facts.transactionsLoaded = true;
        Transaction onTime = tx(
            1, TransactionType::Withdrawal, TransactionStatus::Pending, 2'000'000, now.addDays(-1));
        onTime.bankName = QStringLiteral("中国建设银行");
        onTime.maskedCard = QStringLiteral("621700*********0026");
        onTime.expectedArrival = QDate(2026, 11, 27);
        Transaction late = onTime;
        late.id = 2;
        late.expectedArrival = QDate(2026, 11, 25);
        Transaction paid = onTime;
        paid.id = 3;
        paid.status = TransactionStatus::Succeeded;
        paid.expectedArrival = QDate(2026, 10, 8);
        facts.transactions = {onTime, late, paid};
        const auto steps = CallGuide::steps(CallGuide::Kind::WithdrawalNotArrived, facts);
        const auto *a = find(steps, QStringLiteral("tx-1"));
        QVERIFY(a && !a->attention && a->text.contains(QStringLiteral("2026-11-27"))
            && a->text.contains(QStringLiteral("中国建设银行"))
            && a->text.contains(QStringLiteral("621700*********0026")));
        const auto *b = find(steps, QStringLiteral("tx-2"));
        QVERIFY(b && b->attention && b->text.contains(QStringLiteral("late")));
        const auto *c = find(steps, QStringLiteral("tx-3"));
        QVERIFY(c && !c->attention && c->text.contains(QStringLiteral("paid out")));

        facts.transactions.clear();
        QVERIFY(find(
            CallGuide::steps(CallGuide::Kind::WithdrawalNotArrived, facts), QStringLiteral("none"))
                    ->attention);
    }

    void securityAndComplaint()
    {
        CallGuide::Facts facts;
        facts.now = now;
        Account a = account(AccountStatus::Active);
        a.devices = {{1, QStringLiteral("iPhone 15"), QStringLiteral("iOS"), now, true, true},
            {2, QStringLiteral("Unknown PC"), QStringLiteral("Windows"), now, false, true}};
        facts.account = a;
        auto steps = CallGuide::steps(CallGuide::Kind::AccountSecurity, facts);
        QVERIFY(find(steps, QStringLiteral("devices"))->attention);
        QVERIFY(
            find(steps, QStringLiteral("devices"))->text.contains(QStringLiteral("Unknown PC")));
        QVERIFY(find(steps, QStringLiteral("2fa"))->attention); // off

        Complaint open;
        open.status = ComplaintStatus::InProgress;
        open.dueAt = now.addDays(3);
        Complaint done;
        done.status = ComplaintStatus::Resolved;
        done.dueAt = now.addDays(-3);
        facts.complaints = {done, open};
        steps = CallGuide::steps(CallGuide::Kind::Complaint, facts);
        QVERIFY(find(steps, QStringLiteral("existing"))->attention);
        QVERIFY(find(steps, QStringLiteral("existing"))->text.startsWith(QStringLiteral("1 ")));
        facts.complaints = {done};
        QVERIFY(!CallGuide::steps(CallGuide::Kind::Complaint, facts).at(1).attention);
    }

    void filterQueryAndMatchAgree()
    {
        TransactionFilter f;
        QVERIFY(f.isEmpty());
        QCOMPARE(f.toQuery(), QString());
        f.from = QDate(2026, 11, 1);
        f.to = QDate(2026, 11, 26);
        f.type = TransactionType::Withdrawal;
        f.minFen = 100;
        QCOMPARE(f.toQuery(),
            QStringLiteral("from=2026-11-01&to=2026-11-26&type=withdrawal&minFen=100"));
        Transaction t = tx(1, TransactionType::Withdrawal, TransactionStatus::Pending, 100,
            QDateTime(QDate(2026, 10, 31), QTime(16, 30), Qt::UTC));
        QVERIFY(t.createdAt.isValid());
        QVERIFY(f.matches(t)); // 00:30 on 1 November in China
        t.createdAt = QDateTime(QDate(2026, 10, 31), QTime(15, 59), Qt::UTC);
        QVERIFY(!f.matches(t)); // still 31 October there
        t.createdAt = QDateTime(QDate(2026, 11, 26), QTime(15, 59), Qt::UTC);
        QVERIFY(f.matches(t));
        t.createdAt = QDateTime(QDate(2026, 11, 26), QTime(16, 0), Qt::UTC);
        QVERIFY(!f.matches(t));
        t.createdAt = now;
        t.amount.fen = 99;
        QVERIFY(!f.matches(t));
        t.amount.fen = 100;
        t.type = TransactionType::Payment;
        QVERIFY(!f.matches(t));
    }

    void decimalAmountsAndComplaintFilter()
    {
        QCOMPARE(
            (Money {120450, QStringLiteral("CNY")}.toDecimalString()), QStringLiteral("1204.50"));
        QCOMPARE((Money {-50, QStringLiteral("CNY")}.toDecimalString()), QStringLiteral("-0.50"));
        // On screen, one way everywhere: grouped, in yuan; a foreign
        // currency keeps its code.
        QCOMPARE(DisplayNames::amount({2'000'000, QStringLiteral("CNY")}),
            QStringLiteral("20,000.00 yuan"));
        QCOMPARE(DisplayNames::amount({-50, QStringLiteral("USD")}), QStringLiteral("-0.50 USD"));
        Complaint c;
        c.status = ComplaintStatus::InProgress;
        c.draft.channel = QStringLiteral("hotline");
        c.assignee = 2;
        c.dueAt = now.addSecs(-60);
        ComplaintFilter f;
        f.overdueOnly = true;
        f.channel = QStringLiteral("hotline");
        QVERIFY(f.matches(c, now));
        QVERIFY(!f.matches(c, now.addSecs(-120))); // not yet due then
        f.assignee = 3;
        QVERIFY(!f.matches(c, now));
        f.assignee.reset();
        c.status = ComplaintStatus::Resolved;
        QVERIFY(!f.matches(c, now)); // resolved is never overdue
    }

    void recordTableModel()
    {
        RecordTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHeaders({QStringLiteral("A"), QStringLiteral("B")});
        RecordTableModel::Row flagged {{QStringLiteral("1"), QStringLiteral("2")}};
        flagged.flagged = true;
        flagged.toolTip = QStringLiteral("look");
        model.setRows({flagged, RecordTableModel::Row {{QStringLiteral("3")}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("2"));
        QVERIFY(model.index(0, 0).data(RecordTableModel::FlaggedRole).toBool());
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("look"));
        QCOMPARE(
            model.index(1, 1).data().toString(), QString()); // a short row reads as empty cells
        model.setHeaders({QStringLiteral("甲"), QStringLiteral("乙")});
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("甲"));
    }
};

QTEST_GUILESS_MAIN(TestCallGuide)
#include "tst_callguide.moc"
