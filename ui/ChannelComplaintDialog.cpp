#include "ChannelComplaintDialog.h"

#include "Accessibility.h"

#include "Callback.h"
#include "DisplayNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace WalletDesk {

ChannelComplaintDialog::ChannelComplaintDialog(
    const ReferenceData &reference, Language language, QWidget *parent)
    : QDialog(parent)
    , m_channel(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_account(new QComboBox(this))
    , m_callback(new QLineEdit(this))
    , m_preferred(new QLineEdit(this))
    , m_noticeLanguage(new QComboBox(this))
    , m_optOut(new QCheckBox(tr("The customer wants &no text messages"), this))
    , m_description(new QPlainTextEdit(this))
    , m_wants(new QLineEdit(this))
    , m_files(new QListWidget(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Log a complaint from another channel"));
    // The hotline's complaints are logged on the call.
    for (const CodedName &c : reference.channels) {
        if (c.code != QLatin1String("hotline"))
            m_channel->addItem(nameIn(c, language), c.code);
    }
    for (const Category &c : reference.categories) {
        if (!c.parentCode.isEmpty())
            m_category->addItem(nameIn(c, language), c.code);
    }
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_severity->addItem(DisplayNames::severity(s), enumToString(s));
    m_severity->setCurrentIndex(1);
    m_account->addItem(tr("No account linked"), qint64(0));
    m_noticeLanguage->addItem(tr("Chinese"), languageCode(Language::Chinese));
    m_noticeLanguage->addItem(tr("English"), languageCode(Language::English));
    m_preferred->setPlaceholderText(tr("e.g. working days 9:00–18:00"));
    m_callback->setPlaceholderText(tr("the number to call and text back"));
    m_search->setPlaceholderText(tr("phone, account number or e-mail"));
    m_problem->setWordWrap(true);

    const QList<QPair<QWidget *, const char *>> named {{m_channel, "channel"},
        {m_category, "category"}, {m_severity, "severity"}, {m_search, "accountSearch"},
        {m_account, "account"}, {m_callback, "callbackNumber"}, {m_preferred, "preferredTime"},
        {m_noticeLanguage, "noticeLanguage"}, {m_optOut, "smsOptOut"},
        {m_description, "description"}, {m_wants, "customerRequest"}, {m_files, "files"},
        {m_problem, "problem"}};
    for (const auto &[widget, name] : named)
        widget->setObjectName(QString::fromLatin1(name));

    auto *find = new QPushButton(tr("&Find"), this);
    find->setObjectName(QStringLiteral("findAccount"));
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(find);
    auto *addFiles = new QPushButton(tr("Add f&iles…"), this);
    addFiles->setObjectName(QStringLiteral("addFiles"));
    auto *removeFile = new QPushButton(tr("Re&move file"), this);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(addFiles);
    fileButtons->addWidget(removeFile);
    fileButtons->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Se&verity:"), m_severity);
    // A row holding a layout gets a label without a buddy, whose "&" would
    // show as itself: this caption is made here and tied to the search field.
    auto *findCaption = new QLabel(tr("Find the &account:"), this);
    findCaption->setBuddy(m_search);
    form->addRow(findCaption, searchRow);
    form->addRow(tr("&Linked account:"), m_account);
    form->addRow(tr("Call&back number:"), m_callback);
    form->addRow(tr("&Preferred time:"), m_preferred);
    form->addRow(tr("&Text messages in:"), m_noticeLanguage);
    form->addRow(QString(), m_optOut);
    form->addRow(tr("&What happened:"), m_description);
    form->addRow(tr("Customer's &request:"), m_wants);
    form->addRow(tr("Evi&dence (PNG, JPEG, PDF up to 5 MiB):"), m_files);
    form->addRow(QString(), fileButtons);
    // Every field read by its caption, as a screen reader announces it.
    for (int row = 0; row < form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                : nullptr);
        QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
        if (label) // a label is read as its relation's name: "渠道", not "渠道(H)："
            Accessibility::nameAfterText(label);
        if (label && field && field->widget()) {
            field->widget()->setAccessibleName(Accessibility::withoutMnemonic(label->text())
                                                   .remove(QLatin1Char(':'))
                                                   .remove(QChar(0xff1a)) // full-width colon
                                                   .trimmed());
        }
    }
    m_search->setAccessibleName(tr("Find the account"));
    m_description->setTabChangesFocus(true); // Tab goes on to the next field
    for (QAbstractButton *b :
        std::initializer_list<QAbstractButton *> {find, addFiles, removeFile, m_optOut})
        Accessibility::nameAfterText(b);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    Accessibility::nameDialogButtons(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(find, &QPushButton::clicked, this, [this] {
        if (!m_search->text().trimmed().isEmpty())
            Q_EMIT searchRequested(m_search->text().trimmed());
    });
    connect(m_search, &QLineEdit::returnPressed, find, &QPushButton::click);
    connect(addFiles, &QPushButton::clicked, this, &ChannelComplaintDialog::chooseFiles);
    connect(removeFile, &QPushButton::clicked, this, [this] { delete m_files->currentItem(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ChannelComplaintDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ChannelComplaintDialog::chooseFiles()
{
    auto *dialog = new QFileDialog(
        this, tr("Attach evidence"), QString(), tr("Images and PDF (*.png *.jpg *.jpeg *.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &paths) {
        for (const QString &path : paths)
            addFile(path);
    });
    dialog->open();
}

void ChannelComplaintDialog::addFile(const QString &path)
{
    auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_files);
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
}

QStringList ChannelComplaintDialog::files() const
{
    QStringList paths;
    for (int i = 0; i < m_files->count(); ++i)
        paths << m_files->item(i)->data(Qt::UserRole).toString();
    return paths;
}

void ChannelComplaintDialog::showAccounts(const QList<AccountSummary> &accounts)
{
    m_account->clear();
    m_account->addItem(tr("No account linked"), qint64(0));
    for (const AccountSummary &a : accounts)
        m_account->addItem(tr("%1 · %2 · %3").arg(a.accountNumber, a.name, a.phone), a.id);
    if (!accounts.isEmpty())
        m_account->setCurrentIndex(1);
    m_problem->setText(accounts.isEmpty()
            ? tr("No account found.")
            : tr("%1 accounts found; check the one linked.").arg(accounts.size()));
}

ComplaintDraft ChannelComplaintDialog::draft() const
{
    ComplaintDraft d;
    d.channel = m_channel->currentData().toString();
    d.categoryCode = m_category->currentData().toString();
    d.severity
        = enumFromString<Severity>(m_severity->currentData().toString()).value_or(Severity::Medium);
    if (const qint64 id = m_account->currentData().toLongLong(); id > 0)
        d.accountId = id;
    d.description = m_description->toPlainText().trimmed();
    d.customerRequest = m_wants->text().trimmed();
    d.callbackNumber = m_callback->text().trimmed();
    d.preferredContactTime = m_preferred->text().trimmed();
    d.smsOptOut = m_optOut->isChecked();
    d.noticeLanguage
        = languageFromCode(m_noticeLanguage->currentData().toString()).value_or(Language::Chinese);
    return d;
}

void ChannelComplaintDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
}

void ChannelComplaintDialog::submit()
{
    const ComplaintDraft d = draft();
    if (d.description.isEmpty()) {
        showProblem(tr("Say what happened."));
        m_description->setFocus();
        return;
    }
    if (!d.callbackNumber.isEmpty() && Callback::normalizedPhone(d.callbackNumber).isEmpty()) {
        showProblem(tr("The callback number must be a phone number: 5 to 20 digits."));
        m_callback->setFocus();
        return;
    }
    if (!d.accountId && d.callbackNumber.isEmpty()) {
        showProblem(tr("Link the account or give a callback number: the customer must hear back."));
        m_callback->setFocus();
        return;
    }
    Q_EMIT submitted(d, files());
}

} // namespace WalletDesk
