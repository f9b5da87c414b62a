// Screens that show the whole fact (issue #13): on the agent's screens no
// key value (a name, a masked phone or account or card number, a status, an
// amount, a time, a device) is cut off, at 1366×768 and at 1920×1080, in
// Chinese and in English, offscreen against the real server with a call live.
// A column may give way only where declared, eliding in the middle so that a
// masked number keeps both its ends. Runs under a New York zone
// (CMakeLists.txt): the sign-in times are the call center's (Asia/Shanghai).
//
// With WALLETDESK_SCREENSHOT_DIR set it also saves the window it checked, one
// PNG per size, language, account and tab (run it under xvfb-run with
// QT_QPA_PLATFORM=xcb to see it with the desktop's fonts).
#include "AccountSearchModel.h"
#include "CallSession.h"
#include "ComplaintListModel.h"
#include "ConsoleCore.h"
#include "JsonReader.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "RecordCache.h"
#include "TransactionListModel.h"
#include "WorkingCalendar.h"

#include "ApiCaller.h"
#include "ConsoleHarness.h"
#include "TestServer.h"

#include <QDir>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace WalletDesk;

namespace {

// Which columns of a table must show whole, and which may elide (in the
// middle, keeping both ends of what they hold).
struct TableSpec
{
    const char *name;
    QList<int> key;
    QList<int> elidable;
};

const TableSpec agentTables[] = {
    {"candidates",
        {AccountSearchModel::Name, AccountSearchModel::Phone, AccountSearchModel::AccountNumber,
            AccountSearchModel::Status, AccountSearchModel::KycLevel},
        {AccountSearchModel::Email}},
    {"transactions",
        {TransactionListModel::Time, TransactionListModel::Type, TransactionListModel::OrderNumber,
            TransactionListModel::Amount, TransactionListModel::Status},
        {}},
    // Device, platform, last seen, trusted, signed in.
    {"devices", {0, 1, 2, 3, 4}, {}},
    // Time, result, device, location.
    {"loginAttempts", {0, 1, 2, 3}, {}},
    // Bank, card number, type, default, linked on. The card number may give
    // way only as far as it keeps its last four digits.
    {"cards", {0, 2, 3, 4}, {1}},
    {"accountComplaints",
        {ComplaintListModel::IdColumn, ComplaintListModel::CategoryColumn,
            ComplaintListModel::StatusColumn, ComplaintListModel::SeverityColumn,
            ComplaintListModel::ChannelColumn, ComplaintListModel::DueColumn},
        {}},
    // Started, minutes, wrap-up, complaint; the notes (last) may run on.
    {"previousCalls", {0, 1, 2, 3}, {}},
};

// Room a cell takes besides its text: the delegate's margin on both sides
// (QCommonStyle: PM_FocusFrameHMargin + 1) and the grid line QTableView
// takes from the cell.
int cellMargins(const QTableView *view)
{
    return 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1)
        + (view->showGrid() ? 1 : 0);
}

// The cells of the spec's columns that do not show their text whole:
// empty when the table shows every fact.
QStringList cutCells(const QTableView *view, const TableSpec &spec)
{
    QStringList cut;
    const QAbstractItemModel *model = view->model();
    const QFontMetrics metrics(view->font());
    const int margins = cellMargins(view);
    const int visibleWidth = view->viewport()->width();
    const auto describe = [&](int row, int col, const QString &text, const QString &why) {
        return QStringLiteral("%1 row %2 column %3 (%4) \"%5\": %6")
            .arg(QString::fromLatin1(spec.name))
            .arg(row)
            .arg(col)
            .arg(model->headerData(col, Qt::Horizontal).toString(), text, why);
    };
    for (int col : spec.key + spec.elidable) {
        const int width = view->columnWidth(col);
        // A column pushed past the right edge is cut however wide it is.
        const int right = view->columnViewportPosition(col) + width;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, col).data().toString();
            const int needed = metrics.horizontalAdvance(text) + margins;
            if (right > visibleWidth)
                cut << describe(row, col, text,
                    QStringLiteral("ends at %1 px, the view at %2").arg(right).arg(visibleWidth));
            if (needed <= width)
                continue;
            if (spec.elidable.contains(col) && view->textElideMode() == Qt::ElideMiddle) {
                const QString shown = metrics.elidedText(text, Qt::ElideMiddle, width - margins);
                if (shown.startsWith(text.left(4)) && shown.endsWith(text.right(4)))
                    continue;
                cut << describe(
                    row, col, text, QStringLiteral("elided to \"%1\", losing an end").arg(shown));
                continue;
            }
            cut << describe(
                row, col, text, QStringLiteral("needs %1 px, has %2").arg(needed).arg(width));
        }
    }
    return cut;
}

} // namespace

class TestColumnFit : public QObject
{
    Q_OBJECT

    TestServer m_server;
    ConsoleHarness m_console;
    LanguageSwitch m_language;
    std::unique_ptr<ApiCaller> m_supervisor;

    template<typename T> static T *child(QWidget &w, const char *name)
    {
        auto *found = w.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    // A complaint and an earlier call on the account, so that the history
    // tab has rows to measure.
    bool addHistory(qint64 accountId)
    {
        const auto complaint = m_supervisor->post(QStringLiteral("/api/v1/complaints"),
            {{QStringLiteral("channel"), QStringLiteral("hotline")},
                {QStringLiteral("categoryCode"), QStringLiteral("withdrawal_delay")},
                {QStringLiteral("severity"), QStringLiteral("high")},
                {QStringLiteral("accountId"), accountId},
                {QStringLiteral("description"), QStringLiteral("列宽测试投诉")},
                {QStringLiteral("customerRequest"), QStringLiteral("尽快到账")}},
            {{"Idempotency-Key",
                QByteArray("columnfit-complaint-") + QByteArray::number(accountId)}});
        if (complaint.status != 201) {
            qWarning("complaint: %s", complaint.body.constData());
            return false;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto call = m_supervisor->post(QStringLiteral("/api/v1/calls"),
            {{QStringLiteral("callId"), QStringLiteral("columnfit-call-%1").arg(accountId)},
                {QStringLiteral("callerNumber"), QStringLiteral("+8613700137000")},
                {QStringLiteral("accountId"), accountId},
                {QStringLiteral("startedAt"), formatDateTime(now.addSecs(-3600))},
                {QStringLiteral("endedAt"), formatDateTime(now.addSecs(-3000))},
                {QStringLiteral("wrapUpCode"), QStringLiteral("information_only")},
                {QStringLiteral("notes"), QStringLiteral("问提现何时到账")}},
            {{"Idempotency-Key", QByteArray("columnfit-call-") + QByteArray::number(accountId)}});
        if (call.status != 201) {
            qWarning("call: %s", call.body.constData());
            return false;
        }
        return true;
    }

private Q_SLOTS:
    // A failed row leaves its call live; the next one starts without it.
    void cleanup()
    {
        while (m_console.core->call()->isActive())
            QVERIFY(m_console.core->call()->end(QStringLiteral("dropped")));
    }

    void initTestCase()
    {
        QVERIFY2(m_server.prepare({50, 800, {}}), qPrintable(m_server.errorString()));
        QVERIFY(m_server.start());
        QVERIFY(m_console.create(m_server.port(), m_server.caFile()));
        QVERIFY(m_console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        m_supervisor = std::make_unique<ApiCaller>(m_server.baseUrl(), m_server.caCertificates());
        QVERIFY(
            m_supervisor->signIn(QStringLiteral("super01"), QStringLiteral("super01-demo")).status
            == 200);
        QVERIFY(addHistory(1));
        QVERIFY(addHistory(2));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_console.core->recordCache()->reference().has_value(), 15000); // wrap-up names
    }

    void keyColumnsShowWhole_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("chinese");
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            const QByteArray tag
                = QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height());
            QTest::newRow(QByteArray(tag + "-zh").constData()) << size << true;
            QTest::newRow(QByteArray(tag + "-en").constData()) << size << false;
        }
    }

    void keyColumnsShowWhole()
    {
        QFETCH(QSize, size);
        QFETCH(bool, chinese);
        QVERIFY(m_language.setLanguage(chinese ? Language::Chinese : Language::English));
        MainWindow window(m_console.core.get(), &m_language);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The layout's minimum fits the screen: nothing is pushed off it.
        QCOMPARE(window.size(), size);
        auto *tabs = child<QTabWidget>(window, "accountTabs");
        QVERIFY(tabs);
        const QString shots = qEnvironmentVariable("WALLETDESK_SCREENSHOT_DIR");

        const struct
        {
            qint64 id;
            const char *phone;
        } accounts[] = {{1, "+8613800138000"}, {2, "+8613900139000"}};
        for (const auto &account : accounts) {
            window.takeCall(QString::fromLatin1(account.phone));
            QTRY_COMPARE_WITH_TIMEOUT(window.candidates()->rowCount(), 1, 10000);
            window.openAccount(account.id);
            QTRY_COMPARE_WITH_TIMEOUT(
                m_console.core->call()->accountId().value_or(0), account.id, 10000);

            // Every fact cut off, collected across the tables: one run names them all.
            QStringList cut;
            auto *candidates = child<QTableView>(window, "candidates");
            const int rowHeight = candidates->verticalHeader()->defaultSectionSize();
            if (candidates->viewport()->height() < 5 * rowHeight)
                cut << QStringLiteral("candidates: %1 px high, five rows need %2")
                           .arg(candidates->viewport()->height())
                           .arg(5 * rowHeight);
            static_cast<void>(QTest::qWaitFor(
                [&] { return candidates->horizontalScrollBar()->maximum() == 0; }, 3000));
            if (candidates->horizontalScrollBar()->maximum() != 0)
                cut << QStringLiteral("candidates: scroll sideways by %1 px")
                           .arg(candidates->horizontalScrollBar()->maximum());

            for (const TableSpec &spec : agentTables) {
                auto *view = child<QTableView>(window, spec.name);
                QVERIFY(view);
                for (int t = 0; t < tabs->count(); ++t) {
                    if (tabs->widget(t)->isAncestorOf(view))
                        tabs->setCurrentIndex(t);
                }
                QTRY_VERIFY2_WITH_TIMEOUT(
                    view->isVisible() && view->model()->rowCount() > 0, spec.name, 10000);
                // Columns follow the rows as they arrive: let them settle, then measure.
                static_cast<void>(
                    QTest::qWaitFor([&] { return cutCells(view, spec).isEmpty(); }, 3000));
                cut += cutCells(view, spec);
                if (!shots.isEmpty()) {
                    const QString file
                        = QStringLiteral("%1/%2x%3-%4-account%5-%6.png")
                              .arg(shots)
                              .arg(size.width())
                              .arg(size.height())
                              .arg(chinese ? QStringLiteral("zh") : QStringLiteral("en"))
                              .arg(account.id)
                              .arg(QString::fromLatin1(spec.name));
                    QVERIFY(QDir().mkpath(shots));
                    QVERIFY(window.grab().save(file));
                }
            }
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
            QVERIFY(m_console.core->call()->end(QStringLiteral("dropped")));
        }
    }

    void signInTimesInTheCenterZone()
    {
        QVERIFY(m_language.setLanguage(Language::Chinese));
        MainWindow window(m_console.core.get(), &m_language);
        window.show();
        window.openAccount(1);
        auto *logins = child<QTableView>(window, "loginAttempts")->model();
        const QJsonArray attempts = m_supervisor->get(QStringLiteral("/api/v1/accounts/1"))
                                        .json.value(QStringLiteral("recentLogins"))
                                        .toArray();
        QVERIFY(!attempts.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(logins->rowCount(), attempts.size(), 10000);
        for (int row = 0; row < attempts.size(); ++row) {
            const QDateTime at = QDateTime::fromString(
                attempts.at(row).toObject().value(QStringLiteral("at")).toString(),
                Qt::ISODateWithMs);
            QVERIFY(at.isValid());
            // To the minute, on the call center's clock whatever the PC's zone.
            QCOMPARE(logins->index(row, 0).data().toString(),
                at.toTimeZone(CallCenterTime::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
    }
};

QTEST_MAIN(TestColumnFit)
#include "tst_columnfit.moc"
