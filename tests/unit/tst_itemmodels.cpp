// Every item model under QAbstractItemModelTester, and the behaviour a view
// relies on: lazy paging, deadline order, exception highlighting (RowTint::Role).
#include "AccountSearchModel.h"
#include "ComplaintListModel.h"
#include "TransactionListModel.h"

#include <QAbstractItemModelTester>
#include <QTimer>
#include <QtTest>

using namespace WalletDesk;

namespace {

Transaction tx(qint64 id, int minutesAgo, TransactionStatus status = TransactionStatus::Succeeded,
    qint64 fen = 1000, const QString &merchant = QStringLiteral("星巴克"))
{
    Transaction t;
    t.id = id;
    t.orderNumber = QStringLiteral("P%1").arg(id);
    t.accountId = 1;
    t.status = status;
    t.amount = {fen, QStringLiteral("CNY")};
    t.merchant = merchant;
    t.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    if (status == TransactionStatus::Failed)
        t.failureReason = QStringLiteral("timeout");
    return t;
}

Complaint complaint(qint64 id, int dueInDays)
{
    Complaint c;
    c.id = id;
    c.draft.channel = QStringLiteral("hotline");
    c.draft.categoryCode = QStringLiteral("fees");
    c.createdAt = QDateTime::currentDateTimeUtc().addDays(-1);
    c.dueAt = QDateTime::currentDateTimeUtc().addDays(dueInDays);
    return c;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountSearchModel()
    {
        AccountSearchModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(
            {{1, QStringLiteral("8800…0001"), QStringLiteral("张*"), QStringLiteral("138****8000"),
                QStringLiteral("z***@example.cn"), AccountStatus::Locked, 3}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AccountSearchModel::Phone).data().toString(),
            QStringLiteral("138****8000"));
        QCOMPARE(model.index(0, 0).data(AccountSearchModel::IdRole).toLongLong(), 1);
        QCOMPARE(
            model.index(0, AccountSearchModel::Status).data().toString(), QStringLiteral("Locked"));
        model.setResults({});
        QCOMPARE(model.rowCount(), 0);
    }

    void complaintsStayInDeadlineOrder()
    {
        ComplaintListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComplaints({complaint(1, 10), complaint(2, -1), complaint(3, 5)});
        QCOMPARE(model.at(0).id, 2);
        QCOMPARE(model.index(0, 0).data(ComplaintListModel::OverdueRole).toBool(), true);
        QCOMPARE(
            model.index(0, 0).data(RowTint::Role).value<RowTint::Tint>(), RowTint::Tint::Alert);
        QCOMPARE(model.index(1, 0).data(RowTint::Role).value<RowTint::Tint>(), RowTint::Tint::None);
        model.upsert(complaint(4, 1));
        QCOMPARE(model.at(1).id, 4);
        Complaint moved = complaint(2, 20); // extended deadline: moves to the end
        model.upsert(moved);
        QCOMPARE(model.at(3).id, 2);
        Complaint edited = model.at(0);
        edited.status = ComplaintStatus::Resolved;
        model.upsert(edited);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, ComplaintListModel::StatusColumn).data().toString(),
            QStringLiteral("Resolved"));
    }

    void transactionsLoadLazily()
    {
        TransactionListModel model;
        int pagesAsked = 0;
        // 25 rows in pages of 10, answered later as a server would.
        const auto fetcher = [&](TransactionListModel::PageCallback done) {
            const int first = pagesAsked++ * 10;
            QTimer::singleShot(10, &model, [first, done] {
                QList<Transaction> rows;
                for (int i = first; i < qMin(first + 10, 25); ++i)
                    rows.append(tx(i + 1, i));
                done(rows, first + 10 < 25, {});
            });
        };
        model.setFetcher(fetcher);
        // Nothing is loaded before a view asks. That is an absence, and no
        // event marks it: watch for a while for a page to be asked for.
        QVERIFY(!QTest::qWaitFor([&] { return pagesAsked > 0; }, 50));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QTRY_COMPARE(model.rowCount(), 10);
        QCOMPARE(pagesAsked, 1);
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            QTRY_VERIFY(model.rowCount() > before);
        }
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(pagesAsked, 3);

        // The same under the model tester, which pulls every page itself.
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        pagesAsked = 0;
        model.setFetcher(fetcher);
        QTRY_COMPARE(model.rowCount(), 25);
        // A new account drops pages still on their way. The late page counts
        // as handed over once the model has had its turn with it: the model
        // takes a page on a queued call, and ours is queued after it.
        bool lateAsked = false;
        bool lateHandedOver = false;
        model.setFetcher([&](TransactionListModel::PageCallback done) {
            lateAsked = true;
            QTimer::singleShot(10, &model, [&, done] {
                done({tx(1, 0)}, true, {});
                QMetaObject::invokeMethod(
                    &model, [&] { lateHandedOver = true; }, Qt::QueuedConnection);
            });
        });
        QVERIFY(lateAsked); // the tester pulls at once
        model.setFetcher(
            [](TransactionListModel::PageCallback done) { done({tx(100, 1)}, false, {}); });
        QTRY_COMPARE(model.rowCount(), 1);
        QTRY_VERIFY(lateHandedOver);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.at(0).id, 100);
        QVERIFY(!model.canFetchMore({}));
    }

    void fetchErrorsAreReported()
    {
        TransactionListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &TransactionListModel::fetchFailed);
        model.setFetcher([](TransactionListModel::PageCallback done) {
            done({}, true, QStringLiteral("offline"));
        });
        model.fetchMore({});
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(model.lastError(), QStringLiteral("offline"));
        QVERIFY(!model.canFetchMore({}));
    }

    void exceptionsAreMarked()
    {
        TransactionListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Transaction failed = tx(1, 30, TransactionStatus::Failed);
        failed.debited = true;
        const Transaction pending = tx(2, 300, TransactionStatus::Pending);
        const Transaction first = tx(3, 1000, TransactionStatus::Succeeded, 4500);
        const Transaction second = tx(4, 1002, TransactionStatus::Succeeded, 4500);
        const Transaction plain
            = tx(5, 5000, TransactionStatus::Succeeded, 99, QStringLiteral("京东"));
        model.setFetcher([&](TransactionListModel::PageCallback done) {
            done({failed, pending, first, second, plain}, false, {});
        });
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 5);
        using E = TransactionListModel::Exception;
        QCOMPARE(model.exceptionAt(0), E::FailedButDebited);
        QCOMPARE(model.exceptionAt(1), E::PendingTooLong);
        QCOMPARE(model.exceptionAt(2), E::DuplicateCharge);
        QCOMPARE(model.exceptionAt(3), E::DuplicateCharge);
        QCOMPARE(model.exceptionAt(4), E::None);
        QCOMPARE(model.index(0, 0).data(TransactionListModel::ExceptionRole).value<E>(),
            E::FailedButDebited);
        using T = RowTint::Tint;
        const QList<T> tints {T::Alert, T::Notice, T::Warning, T::Warning, T::None};
        for (int row = 0; row < tints.size(); ++row)
            QCOMPARE(model.index(row, TransactionListModel::Amount).data(RowTint::Role).value<T>(),
                tints.at(row));
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
