#include "CardsTab.h"

#include "DisplayNames.h"

#include "ReadOnlyTable.h"
#include "RecordTableModel.h"

#include <QEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace WalletDesk {

CardsTab::CardsTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new RecordTableModel(this))
{
    m_view = makeReadOnlyTable(m_model, QStringLiteral("cards"), this);
    fitColumnsToContents(m_view); // the card number whole, or at least its last four
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    retranslateUi();
}

void CardsTab::showCards(const QList<BankCard> &cards)
{
    m_cards = cards;
    retranslateUi();
}

void CardsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CardsTab::retranslateUi()
{
    m_view->setAccessibleName(tr("Linked bank cards"));
    m_model->setHeaders(
        {tr("Bank"), tr("Card number"), tr("Type"), tr("Default"), tr("Linked on")});
    QList<RecordTableModel::Row> rows;
    for (const BankCard &c : std::as_const(m_cards)) {
        RecordTableModel::Row row {
            {c.bankName, c.maskedNumber, c.type == CardType::Credit ? tr("Credit") : tr("Debit"),
                c.isDefault ? tr("yes") : tr("no"),
                DisplayNames::time(c.linkedAt, QStringLiteral("yyyy-MM-dd"))}};
        row.id = c.id;
        rows.append(row);
    }
    m_model->setRows(rows);
}

} // namespace WalletDesk
