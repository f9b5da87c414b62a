#include "CallGuide.h"

#include "DisplayNames.h"
#include "WorkingCalendar.h"

#include <QSet>

namespace WalletDesk {

namespace {
QString when(const QDateTime &at)
{
    return DisplayNames::time(at, QStringLiteral("MM-dd HH:mm"));
}

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

QList<CallGuide::Kind> CallGuide::kinds()
{
    return {Kind::CannotSignIn, Kind::PaymentProblem, Kind::AccountSecurity,
        Kind::WithdrawalNotArrived, Kind::Complaint};
}

QString CallGuide::kindText(Kind kind)
{
    switch (kind) {
    case Kind::CannotSignIn:
        return tr("Cannot sign in");
    case Kind::PaymentProblem:
        return tr("Payment problem");
    case Kind::AccountSecurity:
        return tr("Account security");
    case Kind::WithdrawalNotArrived:
        return tr("Withdrawal not arrived");
    case Kind::Complaint:
        return tr("Complaint");
    }
    return {};
}

std::optional<TransactionFilter> CallGuide::filterFor(Kind kind)
{
    TransactionFilter filter;
    switch (kind) {
    case Kind::PaymentProblem:
        filter.type = TransactionType::Payment;
        return filter;
    case Kind::WithdrawalNotArrived:
        filter.type = TransactionType::Withdrawal;
        return filter;
    default:
        return std::nullopt;
    }
}

QList<CallGuide::Step> CallGuide::steps(Kind kind, const Facts &facts)
{
    QList<Step> steps;
    if (!facts.account) {
        steps.append(
            {QStringLiteral("open"), tr("Find the caller's account (Ctrl+K) and open it."), true});
    } else if (!facts.verified) {
        steps.append({QStringLiteral("verify"),
            tr("Verify the caller (SMS code or security question) before giving any account "
               "detail."),
            true});
    } else {
        steps.append({QStringLiteral("verify"), tr("Caller verified."), false});
    }
    switch (kind) {
    case Kind::CannotSignIn:
        steps += cannotSignIn(facts);
        break;
    case Kind::PaymentProblem:
        steps += paymentProblem(facts);
        break;
    case Kind::AccountSecurity:
        steps += accountSecurity(facts);
        break;
    case Kind::WithdrawalNotArrived:
        steps += withdrawalNotArrived(facts);
        break;
    case Kind::Complaint:
        steps += complaint(facts);
        break;
    }
    return steps;
}

QList<CallGuide::Step> CallGuide::cannotSignIn(const Facts &facts)
{
    QList<Step> steps;
    steps.append({QStringLiteral("symptom"),
        tr("Ask what the app says when signing in: wrong password, no code received, account "
           "locked, or a new phone."),
        false});
    if (facts.account) {
        const Account &a = *facts.account;
        switch (a.summary.status) {
        case AccountStatus::Locked:
            steps.append({QStringLiteral("lock"),
                tr("The account is locked: %1. Once the caller is verified, unlock it (Unlock).")
                    .arg(a.lockReason.isEmpty() ? tr("no reason recorded") : a.lockReason),
                true});
            break;
        case AccountStatus::Frozen:
            steps.append({QStringLiteral("lock"),
                tr("The account is frozen (%1). Do not promise an unlock: the risk team decides. "
                   "Offer a complaint if the caller disagrees.")
                    .arg(a.lockReason.isEmpty() ? tr("no reason recorded") : a.lockReason),
                true});
            break;
        case AccountStatus::Active:
            steps.append({QStringLiteral("lock"), tr("The account is not locked."), false});
            break;
        }
        const auto lastFailure = std::find_if(a.recentLogins.cbegin(), a.recentLogins.cend(),
            [](const LoginAttempt &l) { return !l.success; });
        if (a.failedLoginsLast24h > 0 && lastFailure != a.recentLogins.cend()) {
            steps.append({QStringLiteral("failures"),
                tr("%n failed sign-in(s) in the last 24 hours; the latest %1 on %2 in %3: %4.",
                    nullptr, a.failedLoginsLast24h)
                    .arg(when(lastFailure->at), lastFailure->deviceName, lastFailure->location,
                        lastFailure->failureReason),
                a.failedLoginsLast24h >= 3});
        } else {
            steps.append({QStringLiteral("failures"),
                tr("No failed sign-in in the last 24 hours: the app may not reach our servers; ask "
                   "for the error text."),
                false});
        }
        steps.append({QStringLiteral("reset"),
            tr("Forgotten password: send a reset code to the registered phone (Reset password)."),
            false});
        if (a.twoFactorEnabled)
            steps.append({QStringLiteral("2fa"),
                tr("Two-factor sign-in is on. If the caller lost the phone that gets the codes, "
                   "request a two-factor reset; a supervisor approves it."),
                false});
    }
    steps.append(
        {QStringLiteral("retry"), tr("Stay on the line while the caller signs in again."), false});
    return steps;
}

QList<CallGuide::Step> CallGuide::paymentProblem(const Facts &facts)
{
    QList<Step> steps;
    steps.append({QStringLiteral("order"),
        tr("Ask for the order number, or the time and amount, and find the payment in the "
           "Transactions tab."),
        false});
    if (!facts.account)
        return steps;
    if (!facts.transactionsLoaded) {
        steps.append({QStringLiteral("loading"), tr("Loading the latest payments…"), false});
        return steps;
    }
    const QDate today = WorkingCalendar::localDate(facts.now);
    int found = 0;
    const QList<Transaction> &payments = facts.transactions;
    for (int i = 0; i < payments.size() && found < 5; ++i) {
        const Transaction &t = payments.at(i);
        const QString key = QStringLiteral("tx-%1").arg(t.id);
        if (t.status == TransactionStatus::Failed && t.debited) {
            ++found;
            if (t.reversalDue && *t.reversalDue < today)
                steps.append({key,
                    tr("Order %1 (%2, %3) failed but the money was taken, and the reversal "
                       "due %4 is late: open an investigation.")
                        .arg(t.orderNumber, DisplayNames::amount(t.amount), t.merchant,
                            day(*t.reversalDue)),
                    true});
            else
                steps.append({key,
                    tr("Order %1 (%2, %3) failed but the money was taken: it returns to the "
                       "balance by %4.")
                        .arg(t.orderNumber, DisplayNames::amount(t.amount), t.merchant,
                            t.reversalDue ? day(*t.reversalDue) : tr("the reversal date")),
                    true});
        } else if (t.status == TransactionStatus::Failed) {
            ++found;
            steps.append({key,
                tr("Order %1 (%2, %3) failed and no money was taken (%4): the caller can "
                   "simply pay again.")
                    .arg(
                        t.orderNumber, DisplayNames::amount(t.amount), t.merchant, t.failureReason),
                false});
        } else if (t.isPendingTooLong(facts.now)) {
            ++found;
            steps.append({key,
                tr("Order %1 (%2, %3) has been pending since %4: open an investigation.")
                    .arg(t.orderNumber, DisplayNames::amount(t.amount), t.merchant,
                        when(t.createdAt)),
                true});
        } else if (t.status == TransactionStatus::Succeeded && i + 1 < payments.size()) {
            const Transaction &o = payments.at(i + 1);
            if (t.looksLikeRepeatOf(o)) {
                ++found;
                steps.append({key,
                    tr("Orders %1 and %2 charged %3 at %4 twice within ten minutes: if the "
                       "caller bought once, open a refund request for %1.")
                        .arg(t.orderNumber, o.orderNumber, DisplayNames::amount(t.amount),
                            t.merchant),
                    true});
            }
        }
    }
    if (found == 0)
        steps.append({QStringLiteral("none"),
            tr("None of the latest %n payments failed, is stuck or was charged twice.", nullptr,
                int(payments.size())),
            false});
    steps.append({QStringLiteral("complaint"),
        tr("If the caller is not satisfied, log a complaint linked to the order."), false});
    return steps;
}

QList<CallGuide::Step> CallGuide::accountSecurity(const Facts &facts)
{
    QList<Step> steps;
    steps.append({QStringLiteral("never"),
        tr("Remind the caller: we never ask for passwords or codes; nobody should be told them."),
        false});
    if (!facts.account)
        return steps;
    const Account &a = *facts.account;
    QStringList signedIn;
    int untrusted = 0;
    for (const Device &d : a.devices) {
        if (!d.signedIn)
            continue;
        signedIn << d.name;
        if (!d.trusted)
            ++untrusted;
    }
    steps.append({QStringLiteral("devices"),
        signedIn.isEmpty()
            ? tr("Not signed in on any device.")
            : tr("Signed in on: %1 (%n not trusted). Ask whether the caller knows each one.",
                nullptr, untrusted)
                  .arg(signedIn.join(QStringLiteral(", "))),
        untrusted > 0});
    int failures = 0;
    QSet<QString> places;
    for (const LoginAttempt &l : a.recentLogins) {
        if (!l.success) {
            ++failures;
            places.insert(l.location);
        }
    }
    QStringList placeList(places.cbegin(), places.cend());
    placeList.sort();
    steps.append({QStringLiteral("logins"),
        failures == 0
            ? tr("No failed sign-in among the recent attempts.")
            : tr("%n failed sign-in(s) among the recent attempts, from: %1.", nullptr, failures)
                  .arg(placeList.join(QStringLiteral(", "))),
        failures >= 3});
    steps.append({QStringLiteral("signout"),
        tr("Anything the caller does not recognise: sign out all devices (Sign out devices) and "
           "send a password reset code."),
        false});
    if (!a.twoFactorEnabled)
        steps.append({QStringLiteral("2fa"),
            tr("Two-factor sign-in is off: suggest turning it on in the app's security settings."),
            true});
    steps.append({QStringLiteral("payments"),
        tr("Ask about payments the caller did not make; open an investigation for each one in the "
           "Transactions tab."),
        false});
    return steps;
}

QList<CallGuide::Step> CallGuide::withdrawalNotArrived(const Facts &facts)
{
    QList<Step> steps;
    if (!facts.account)
        return steps;
    if (!facts.transactionsLoaded) {
        steps.append({QStringLiteral("loading"), tr("Loading the latest withdrawals…"), false});
        return steps;
    }
    const QDate today = WorkingCalendar::localDate(facts.now);
    int shown = 0;
    for (const Transaction &t : facts.transactions) {
        if (shown == 3)
            break;
        ++shown;
        const QString key = QStringLiteral("tx-%1").arg(t.id);
        const QString what = tr("Withdrawal %1 of %2 on %3 to %4 card %5")
                                 .arg(t.orderNumber, DisplayNames::amount(t.amount),
                                     when(t.createdAt), t.bankName, t.maskedCard);
        if (t.status == TransactionStatus::Failed) {
            steps.append({key,
                tr("%1 failed (%2); the money stayed in the wallet balance.")
                    .arg(what, t.failureReason),
                false});
        } else if (t.status == TransactionStatus::Reversed) {
            steps.append({key, tr("%1 was returned to the wallet balance.").arg(what), false});
        } else if (t.status == TransactionStatus::Succeeded && t.expectedArrival
            && today > *t.expectedArrival) {
            steps.append({key,
                tr("%1 was paid out and reached the card by %2; ask the caller to check with the "
                   "bank.")
                    .arg(what, day(*t.expectedArrival)),
                false});
        } else if (!t.expectedArrival) {
            steps.append(
                {key, tr("%1: no expected arrival day is known; open an investigation.").arg(what),
                    true});
        } else if (today > *t.expectedArrival) {
            steps.append({key,
                tr("%1 is still pending; it should have reached the card by %2 and is late: open "
                   "an investigation.")
                    .arg(what, day(*t.expectedArrival)),
                true});
        } else {
            steps.append({key,
                tr("%1 is on time: it reaches the card by %2 (working days; weekends and public "
                   "holidays do not count).")
                    .arg(what, day(*t.expectedArrival)),
                false});
        }
    }
    if (shown == 0)
        steps.append({QStringLiteral("none"),
            tr("The log has no withdrawal; ask whether the caller means a transfer."), true});
    steps.append({QStringLiteral("statement"),
        tr("Ask the caller to check the card's statement at the bank, not only the bank app's "
           "notifications."),
        false});
    return steps;
}

QList<CallGuide::Step> CallGuide::complaint(const Facts &facts)
{
    QList<Step> steps;
    if (facts.account) {
        int open = 0;
        std::optional<QDateTime> earliest;
        for (const Complaint &c : facts.complaints) {
            if (c.status == ComplaintStatus::Resolved)
                continue;
            ++open;
            if (!earliest || c.dueAt < *earliest)
                earliest = c.dueAt;
        }
        steps.append({QStringLiteral("existing"),
            open == 0 ? tr("No open complaint on this account.")
                      : tr("%n complaint(s) still open on this account; the earliest is due %1. "
                           "Add to it rather than log the same one twice.",
                          nullptr, open)
                            .arg(when(*earliest)),
            open > 0});
    }
    steps.append({QStringLiteral("listen"),
        tr("Let the caller finish; note what happened and what the caller wants."), false});
    steps.append({QStringLiteral("link"),
        tr("Select the transactions in question in the Transactions tab so the complaint links "
           "them."),
        false});
    steps.append({QStringLiteral("log"),
        tr("Log the complaint (Log complaint) with its category and severity."), false});
    steps.append({QStringLiteral("deadline"),
        tr("Tell the caller the deadline the form shows and read back the complaint number."),
        false});
    return steps;
}

QString CallGuide::complaintCategory(
    Kind kind, const std::optional<Transaction> &linked, bool linkedIsRepeat)
{
    if (linked) {
        const Transaction &t = *linked;
        if (linkedIsRepeat)
            return QStringLiteral("duplicate_charge");
        if (t.status == TransactionStatus::Failed)
            return t.debited ? QStringLiteral("payment_failed_debited")
                             : QStringLiteral("payment_failed");
        if (t.refundState == RefundState::RefundRequested
            || t.refundState == RefundState::ReversalPending)
            return QStringLiteral("refund_delay");
        if (t.type == TransactionType::Withdrawal && t.status == TransactionStatus::Pending)
            return QStringLiteral("withdrawal_delay");
    }
    switch (kind) {
    case Kind::CannotSignIn:
        return QStringLiteral("login_problem");
    case Kind::PaymentProblem:
        return QStringLiteral("payment_failed");
    case Kind::AccountSecurity:
        return QStringLiteral("unauthorized_transaction");
    case Kind::WithdrawalNotArrived:
        return QStringLiteral("withdrawal_delay");
    case Kind::Complaint:
        break;
    }
    return {};
}

} // namespace WalletDesk
