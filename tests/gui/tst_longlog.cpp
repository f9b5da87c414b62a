// A long transaction log in the window: Ctrl+End reaches the oldest row at
// once, Ctrl+Home the newest, "go to date" a China day, and rows newer than
// the ones shown come in above as the agent moves up, the rows in view
// staying where they are. Alt+T lands on the first row worth a look.
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "TransactionListModel.h"
#include "TransactionsTab.h"
#include "WorkingCalendar.h"

#include "ApiCaller.h"
#include "ConsoleHarness.h"
#include "TestServer.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace WalletDesk;

class TestLongLog : public QObject
{
    Q_OBJECT

    // The generator puts the whole population's log on the account after
    // the three showcase ones: 2,500 rows, about one every 1.7 hours.
    static constexpr qint64 longLog = 4;
    TestServer m_server;
    ConsoleHarness m_console;
    LanguageSwitch m_language;
    QJsonObject m_newest;
    QJsonObject m_oldest;

    QJsonObject firstRow(const QString &query)
    {
        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        api.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo"));
        const auto page = api.get(
            QStringLiteral("/api/v1/accounts/%1/transactions?limit=1&%2").arg(longLog).arg(query));
        return page.items().first().toObject();
    }

    static qint64 idOf(const QJsonObject &o) { return o.value(QStringLiteral("id")).toInteger(); }

    static int selectedRow(QTableView *view)
    {
        const auto rows = view->selectionModel()->selectedRows();
        return rows.isEmpty() ? -1 : rows.first().row();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare({4, 2500, {}}), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_console.create(m_server.port(), m_server.caFile(), 15));
        QVERIFY(m_console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        QVERIFY(m_language.setLanguage(Language::Chinese));
        m_newest = firstRow(QStringLiteral("order=newest"));
        m_oldest = firstRow(QStringLiteral("order=oldest"));
        QVERIFY(idOf(m_newest) != idOf(m_oldest));
    }

    void bothEndsAndADay()
    {
        MainWindow window(m_console.core.get(), &m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openAccount(longLog);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("accountTabs"));
        auto *view = window.findChild<QTableView *>(QStringLiteral("transactions"));
        auto *tab = window.findChild<TransactionsTab *>();
        TransactionListModel *model = window.transactions();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
        QCOMPARE(model->at(0).id, idOf(m_newest));
        // Times on the call center's clock, whatever the PC's zone (ctest
        // runs this test in New York's).
        QCOMPARE(model->index(0, TransactionListModel::Time).data().toString(),
            model->at(0)
                .createdAt.toTimeZone(CallCenterTime::zone())
                .toString(QStringLiteral("yyyy-MM-dd HH:mm")));

        // Alt+T: into the log, on the first row that deserves a look.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget *>(tab));
        QTRY_VERIFY(view->hasFocus());
        QVERIFY(selectedRow(view) >= 0);
        int firstException = -1;
        for (int r = 0; r < model->rowCount() && firstException < 0; ++r) {
            if (model->exceptionAt(r) != TransactionListModel::Exception::None)
                firstException = r;
        }
        QCOMPARE(selectedRow(view), qMax(0, firstException));
        // A row the agent picked stays picked when the tab is chosen again
        // (an action or a complaint may be about it).
        view->selectRow(3);
        QTest::keyClick(&window, Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(selectedRow(view), 3);

        // Ctrl+End: the oldest row, selected, without loading the log in between.
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->rowCount() > 0 && model->at(model->rowCount() - 1).id == idOf(m_oldest), 10000);
        QTRY_COMPARE(selectedRow(view), model->rowCount() - 1);
        QVERIFY(model->rowCount() <= 100);
        QVERIFY(!model->canFetchMore({})); // nothing older

        // Moving up from the top of that page brings newer rows in above;
        // the rows in view stay in view.
        const qint64 topId = model->at(0).id;
        view->selectRow(0);
        view->scrollToTop();
        const int before = model->rowCount();
        QTest::keyClick(view, Qt::Key_Up);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > before, 10000);
        const int shifted = model->rowCount() - before;
        QCOMPARE(model->at(shifted).id, topId);
        QCOMPARE(selectedRow(view), shifted);
        QTRY_VERIFY(view->rowAt(0) >= shifted - 1);
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->at(r - 1).createdAt >= model->at(r).createdAt);

        // Ctrl+Home: the newest again.
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && model->at(0).id == idOf(m_newest), 10000);
        QTRY_COMPARE(selectedRow(view), 0);

        // Go to date: a China day in the middle of the log; its latest row
        // first, whatever the PC's zone.
        const QDateTime oldest = QDateTime::fromString(
            m_oldest.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
        const QDate day = WorkingCalendar::localDate(oldest).addDays(60);
        QTest::keyClick(tab, Qt::Key_G, Qt::AltModifier);
        QDialog *ask = nullptr;
        QTRY_VERIFY((ask = tab->findChild<QDialog *>()) != nullptr && ask->isVisible());
        ask->findChild<QDateEdit *>(QStringLiteral("goToDay"))->setDate(day);
        ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        const QJsonObject dayRow = firstRow(QStringLiteral("at=") + day.toString(Qt::ISODate));
        // The day's latest row is selected; the newer rows come in above it.
        QTRY_VERIFY_WITH_TIMEOUT(
            selectedRow(view) >= 0 && model->at(selectedRow(view)).id == idOf(dayRow), 10000);
        QCOMPARE(WorkingCalendar::localDate(model->at(selectedRow(view)).createdAt), day);
        QTRY_VERIFY_WITH_TIMEOUT(selectedRow(view) > 0, 10000);
        QCOMPARE(model->at(selectedRow(view)).id, idOf(dayRow));
        QVERIFY(WorkingCalendar::localDate(model->at(selectedRow(view) - 1).createdAt) > day);
    }
};

QTEST_MAIN(TestLongLog)
#include "tst_longlog.moc"
