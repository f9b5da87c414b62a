// Tinted rows stay readable whatever the palette: the transaction log, the
// complaint queue and a record table, offscreen in Fusion with its light
// palette and with a dark one. A tinted row's text has at least the WCAG AA
// contrast (4.5) against its background, and its background differs from the
// untinted rows'. With WALLETDESK_TINT_SHOTS=<dir> the tables are also saved
// as PNGs there, to look at.
#include "ComplaintListModel.h"
#include "ReadOnlyTable.h"
#include "RecordTableModel.h"
#include "RowTintDelegate.h"
#include "TransactionListModel.h"
#include "WorkingCalendar.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyleFactory>
#include <QTableView>
#include <QtMath>
#include <QtTest>

using namespace WalletDesk;

namespace {

// The oracle, written apart from the delegate's own: WCAG 2.x relative luminance.
double luminance(const QColor &c)
{
    const auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : qPow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35), base(0x25, 0x25, 0x25), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

// The option the style paints a cell with, as a view would build it.
class Probe : public RowTintDelegate
{
public:
    using RowTintDelegate::RowTintDelegate;
    QStyleOptionViewItem optionFor(const QModelIndex &index, const QWidget *view) const
    {
        QStyleOptionViewItem option;
        option.initFrom(view);
        initStyleOption(&option, index);
        return option;
    }
};

Transaction tx(
    qint64 id, int minutesAgo, TransactionStatus status, qint64 fen, const QString &merchant)
{
    Transaction t;
    t.id = id;
    t.orderNumber = QStringLiteral("P2024%1").arg(id, 6, 10, QLatin1Char('0'));
    t.accountId = 1;
    t.type = TransactionType::Payment;
    t.status = status;
    t.amount = {fen, QStringLiteral("CNY")};
    t.merchant = merchant;
    t.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    return t;
}

Complaint complaint(qint64 id, const QDateTime &due, const QString &category)
{
    Complaint c;
    c.id = id;
    c.draft.channel = QStringLiteral("hotline");
    c.draft.categoryCode = category;
    c.createdAt = QDateTime::currentDateTimeUtc().addDays(-3);
    c.dueAt = due;
    return c;
}

} // namespace

class TestRowTint : public QObject
{
    Q_OBJECT

    TransactionListModel m_transactions;
    ComplaintListModel m_complaints;
    RecordTableModel m_logins;

    void usePalette(const QString &name)
    {
        QApplication::setPalette(name == QLatin1String("dark")
                ? darkPalette()
                : QApplication::style()->standardPalette());
    }

    // Checks every row of view; returns how many were tinted.
    int checkRows(QTableView *view, const QString &shotName)
    {
        view->resize(820, 300);
        view->show();
        if (!QTest::qWaitForWindowExposed(view))
            return -1;
        const QImage shot = view->grab().toImage();
        if (const QString dir = qEnvironmentVariable("WALLETDESK_TINT_SHOTS"); !dir.isEmpty())
            shot.save(QDir(dir).filePath(shotName + QStringLiteral(".png")));
        const QColor base = view->palette().color(QPalette::Base);
        const qreal ratio = shot.devicePixelRatio();
        Probe probe;
        int tinted = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            const auto tint = index.data(RowTint::Role).value<RowTint::Tint>();
            const QStyleOptionViewItem option = probe.optionFor(index, view);
            // A pixel of the row where no text is: right of the text of the
            // last column in view (a wide model scrolls to the right).
            int column = view->model()->columnCount() - 1;
            while (column > 0
                && !view->viewport()->rect().contains(
                    view->visualRect(index.siblingAtColumn(column)).topRight() - QPoint(3, 0)))
                --column;
            const QModelIndex last = index.siblingAtColumn(column);
            const QRect cell = view->visualRect(last).translated(view->viewport()->pos());
            const QColor painted
                = shot.pixelColor(QPoint(cell.right() - 3, cell.center().y()) * ratio);
            if (tint == RowTint::Tint::None) {
                if (painted != base)
                    qWarning() << shotName << "row" << row << "untinted but painted" << painted;
                if (painted != base)
                    return -1;
                continue;
            }
            ++tinted;
            const QColor fill = option.backgroundBrush.color();
            const QColor text = option.palette.color(QPalette::Text);
            const double readable = contrast(text, fill);
            const double apart = contrast(fill, base);
            if (readable < 4.5 || apart < 1.15 || painted != fill) {
                qWarning() << shotName << "row" << row << tint << "text" << text << "on" << fill
                           << "contrast" << readable << "against base" << apart << "painted"
                           << painted;
                return -1;
            }
        }
        view->hide();
        return tinted;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        Transaction failed
            = tx(1, 30, TransactionStatus::Failed, 25900, QStringLiteral("美团外卖（北京朝阳店）"));
        failed.debited = true;
        failed.failureReason = QStringLiteral("银行超时");
        const QList<Transaction> rows {failed,
            tx(2, 300, TransactionStatus::Pending, 120000, QStringLiteral("中国铁路 12306")),
            tx(3, 1000, TransactionStatus::Succeeded, 4500, QStringLiteral("星巴克")),
            tx(4, 1002, TransactionStatus::Succeeded, 4500, QStringLiteral("星巴克")),
            tx(5, 5000, TransactionStatus::Succeeded, 99, QStringLiteral("京东商城"))};
        m_transactions.setFetcher(
            [rows](TransactionListModel::PageCallback done) { done(rows, false, {}); });
        m_transactions.fetchMore({});
        QTRY_COMPARE(m_transactions.rowCount(), 5);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Complaint> complaints {complaint(101, now.addDays(-2), QStringLiteral("重复扣款")),
            complaint(102, now.addSecs(-600), QStringLiteral("提现未到账")),
            complaint(104, now.addDays(6), QStringLiteral("账户被锁")),
            complaint(105, now.addDays(12), QStringLiteral("服务态度"))};
        // Due before midnight China time, unless that midnight has just passed.
        const QDateTime tonight(
            WorkingCalendar::localDate(now), QTime(23, 59), CallCenterTime::zone());
        if (tonight > now)
            complaints << complaint(103, tonight, QStringLiteral("支付失败"));
        m_complaints.setComplaints(complaints);

        RecordTableModel::Row ok({QStringLiteral("2024-11-20 09:12"), QStringLiteral("成功"),
            QStringLiteral("北京 · iPhone 15")});
        RecordTableModel::Row failedLogin({QStringLiteral("2024-11-20 09:10"),
            QStringLiteral("密码错误"), QStringLiteral("深圳 · 未知设备")});
        failedLogin.flagged = true;
        m_logins.setHeaders(
            {QStringLiteral("时间"), QStringLiteral("结果"), QStringLiteral("地点 · 设备")});
        m_logins.setRows({ok, failedLogin, ok});
    }

    void modelsAnswerTheTint()
    {
        using T = RowTint::Tint;
        const auto tintAt = [](const QAbstractItemModel &m, int row) {
            return m.index(row, 0).data(RowTint::Role).value<T>();
        };
        QCOMPARE(tintAt(m_transactions, 0), T::Alert);
        QCOMPARE(tintAt(m_transactions, 1), T::Notice);
        QCOMPARE(tintAt(m_transactions, 2), T::Warning);
        QCOMPARE(tintAt(m_transactions, 4), T::None);
        QCOMPARE(tintAt(m_complaints, 0), T::Alert);
        QCOMPARE(tintAt(m_complaints, 1), T::Alert);
        if (m_complaints.rowCount() == 5)
            QCOMPARE(tintAt(m_complaints, 2), T::Warning);
        QCOMPARE(tintAt(m_complaints, m_complaints.rowCount() - 1), T::None);
        QCOMPARE(tintAt(m_logins, 0), T::None);
        QCOMPARE(tintAt(m_logins, 1), T::Alert);
    }

    void tintedRowsAreReadable_data()
    {
        QTest::addColumn<QString>("palette");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void tintedRowsAreReadable()
    {
        QFETCH(QString, palette);
        usePalette(palette);
        QWidget parent;
        QTableView *transactions
            = makeReadOnlyTable(&m_transactions, QStringLiteral("transactions"), &parent);
        transactions->setWindowFlag(Qt::Window);
        transactions->setColumnWidth(TransactionListModel::Time, 150);
        transactions->setColumnWidth(TransactionListModel::OrderNumber, 160);
        QCOMPARE(checkRows(transactions, QStringLiteral("transactions-") + palette), 4);
        QTableView *queue
            = makeReadOnlyTable(&m_complaints, QStringLiteral("complaintQueue"), &parent);
        queue->setWindowFlag(Qt::Window);
        QCOMPARE(checkRows(queue, QStringLiteral("complaints-") + palette),
            m_complaints.rowCount() == 5 ? 3 : 2);
        QTableView *logins = makeReadOnlyTable(&m_logins, QStringLiteral("loginAttempts"), &parent);
        logins->setWindowFlag(Qt::Window);
        QCOMPARE(checkRows(logins, QStringLiteral("logins-") + palette), 1);
    }

    void lightPaletteKeepsTheOldTints()
    {
        usePalette(QStringLiteral("light"));
        const QPalette p = QApplication::palette();
        QCOMPARE(p.color(QPalette::Base), QColor(Qt::white));
        QCOMPARE(RowTintDelegate::background(RowTint::Tint::Alert, p), QColor(0xf8, 0xd7, 0xda));
        QCOMPARE(RowTintDelegate::background(RowTint::Tint::None, p), QColor(Qt::white));
        QCOMPARE(RowTintDelegate::textOn(QColor(0xf8, 0xd7, 0xda), p), p.color(QPalette::Text));
    }

    void textTurnsWhereThePaletteWouldBeUnreadable()
    {
        // Light text in a palette whose base stays light: dark text instead.
        QPalette odd;
        odd.setColor(QPalette::Base, QColor(0xf0, 0xf0, 0xf0));
        odd.setColor(QPalette::Text, QColor(0xf5, 0xf5, 0xf5));
        for (RowTint::Tint t :
            {RowTint::Tint::Alert, RowTint::Tint::Warning, RowTint::Tint::Notice}) {
            const QColor fill = RowTintDelegate::background(t, odd);
            QVERIFY(contrast(RowTintDelegate::textOn(fill, odd), fill) >= 4.5);
            QVERIFY(
                qAbs(RowTintDelegate::contrastRatio(Qt::black, fill) - contrast(Qt::black, fill))
                < 1e-9);
        }
    }
};

QTEST_MAIN(TestRowTint)
#include "tst_rowtint.moc"
