#pragma once

#include "Account.h"
#include "Complaint.h"
#include "Transaction.h"
#include "TransactionFilter.h"

#include <QCoreApplication>
#include <QDate>

namespace WalletDesk {

// The five kinds of hotline call and, for each, the checklist an agent works
// through, filled with what the account shows right now. Steps carry a
// stable key so a tick survives the list being rebuilt with fresher data.
class CallGuide
{
    Q_DECLARE_TR_FUNCTIONS(CallGuide)

public:
    enum class Kind {
        CannotSignIn,
        PaymentProblem,
        AccountSecurity,
        WithdrawalNotArrived,
        Complaint
    };

    struct Step
    {
        QString key;
        QString text;
        bool attention = false; // something the agent must act on or tell the caller
    };

    struct Facts
    {
        std::optional<Account> account;
        bool verified = false;
        // Recent transactions of the kind the guide asks for (filterFor), newest first.
        QList<Transaction> transactions;
        bool transactionsLoaded = false;
        QList<Complaint> complaints;
        QDateTime now;
    };

    static QList<Kind> kinds();
    static QString kindText(Kind kind);
    // Which transactions the checklist needs, if any.
    static std::optional<TransactionFilter> filterFor(Kind kind);
    // The complaint category (a reference data code) that fits the call:
    // the linked transaction's trouble first (linkedIsRepeat: it looks like
    // a second charge of the same purchase), then the call's reason. Empty
    // when nothing fits and the agent picks.
    static QString complaintCategory(
        Kind kind, const std::optional<Transaction> &linked, bool linkedIsRepeat);
    static QList<Step> steps(Kind kind, const Facts &facts);

private:
    static QList<Step> cannotSignIn(const Facts &facts);
    static QList<Step> paymentProblem(const Facts &facts);
    static QList<Step> accountSecurity(const Facts &facts);
    static QList<Step> withdrawalNotArrived(const Facts &facts);
    static QList<Step> complaint(const Facts &facts);
};

} // namespace WalletDesk
