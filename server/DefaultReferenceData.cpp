#include "DefaultReferenceData.h"

namespace WalletDesk::Server {

namespace {

CodedName coded(const char *code, const char *zh, const char *en)
{
    return {QString::fromLatin1(code), QString::fromUtf8(zh), QString::fromUtf8(en)};
}

Category category(
    const char *code, const char *parent, CategoryKind kind, const char *zh, const char *en)
{
    return {QString::fromLatin1(code), QString::fromLatin1(parent), kind, QString::fromUtf8(zh),
        QString::fromUtf8(en)};
}

void addRange(QList<Holiday> &days, QDate from, QDate to, const char *name)
{
    for (QDate d = from; d <= to; d = d.addDays(1))
        days.append({d, HolidayKind::Holiday, QString::fromUtf8(name)});
}

void addWorkday(QList<Holiday> &days, QDate d, const char *name)
{
    days.append({d, HolidayKind::Workday, QString::fromUtf8(name)});
}

QList<Holiday> holidays()
{
    QList<Holiday> d;
    addRange(d, QDate(2025, 1, 1), QDate(2025, 1, 1), "元旦");
    addWorkday(d, QDate(2025, 1, 26), "春节调休");
    addRange(d, QDate(2025, 1, 28), QDate(2025, 2, 4), "春节");
    addWorkday(d, QDate(2025, 2, 8), "春节调休");
    addRange(d, QDate(2025, 4, 4), QDate(2025, 4, 6), "清明节");
    addWorkday(d, QDate(2025, 4, 27), "劳动节调休");
    addRange(d, QDate(2025, 5, 1), QDate(2025, 5, 5), "劳动节");
    addRange(d, QDate(2025, 5, 31), QDate(2025, 6, 2), "端午节");
    addWorkday(d, QDate(2025, 9, 28), "国庆节调休");
    addRange(d, QDate(2025, 10, 1), QDate(2025, 10, 8), "国庆节、中秋节");
    addWorkday(d, QDate(2025, 10, 11), "国庆节调休");
    addRange(d, QDate(2026, 1, 1), QDate(2026, 1, 3), "元旦");
    addWorkday(d, QDate(2026, 1, 4), "元旦调休");
    addWorkday(d, QDate(2026, 2, 14), "春节调休");
    addRange(d, QDate(2026, 2, 15), QDate(2026, 2, 23), "春节");
    addWorkday(d, QDate(2026, 2, 28), "春节调休");
    addRange(d, QDate(2026, 4, 4), QDate(2026, 4, 6), "清明节");
    addRange(d, QDate(2026, 5, 1), QDate(2026, 5, 5), "劳动节");
    addWorkday(d, QDate(2026, 5, 9), "劳动节调休");
    addRange(d, QDate(2026, 6, 19), QDate(2026, 6, 21), "端午节");
    addWorkday(d, QDate(2026, 9, 20), "国庆节调休");
    addRange(d, QDate(2026, 9, 25), QDate(2026, 9, 27), "中秋节");
    addRange(d, QDate(2026, 10, 1), QDate(2026, 10, 7), "国庆节");
    addWorkday(d, QDate(2026, 10, 10), "国庆节调休");
    // 2027: only New Year's Day is fixed before the yearly notice appears.
    addRange(d, QDate(2027, 1, 1), QDate(2027, 1, 1), "元旦");
    return d;
}

} // namespace

ReferenceData defaultReferenceData()
{
    ReferenceData r;
    const auto tx = CategoryKind::Transaction;
    const auto svc = CategoryKind::Service;
    r.categories = {
        category("transaction", "", tx, "交易类", "Transactions"),
        category("payment_failed", "transaction", tx, "支付失败", "Payment failed"),
        category("payment_failed_debited", "transaction", tx, "支付失败但已扣款",
            "Failed but money taken"),
        category("duplicate_charge", "transaction", tx, "重复扣款", "Charged twice"),
        category("refund_delay", "transaction", tx, "退款未到账", "Refund not received"),
        category("withdrawal_delay", "transaction", tx, "提现未到账", "Withdrawal not arrived"),
        category("unauthorized_transaction", "transaction", tx, "非本人交易",
            "Transaction not made by the customer"),
        category("service", "", svc, "服务类", "Service"),
        category("login_problem", "service", svc, "无法登录", "Cannot sign in"),
        category(
            "account_restricted", "service", svc, "账户被锁定或冻结", "Account locked or frozen"),
        category("fees", "service", svc, "费用争议", "Disputed fee"),
        category("privacy", "service", svc, "个人信息保护", "Personal data"),
        category("staff_conduct", "service", svc, "服务态度", "Staff conduct"),
        category("other_service", "service", svc, "其他服务问题", "Other service issue"),
    };
    r.channels = {
        coded("hotline", "客服热线", "Hotline"),
        coded("app", "应用内表单", "In-app form"),
        coded("wechat", "微信", "WeChat"),
        coded("qq", "QQ", "QQ"),
        coded("social_media", "社交媒体", "Social media"),
        coded("service_centre", "服务中心", "Service centre"),
        coded("forum", "论坛", "Forum"),
        coded("letter", "信函", "Letter"),
        coded("email", "电子邮件", "E-mail"),
    };
    r.wrapUpCodes = {
        coded("resolved_first_call", "首次来电解决", "Solved on this call"),
        coded("follow_up", "需要跟进", "Needs follow-up"),
        coded("complaint_logged", "已登记投诉", "Complaint logged"),
        coded("information_only", "咨询", "Information only"),
        coded("caller_not_verified", "未通过身份验证", "Caller not verified"),
        coded("transferred", "已转接", "Transferred"),
        coded("dropped", "通话中断", "Call dropped"),
    };
    r.resolutionCodes = {
        coded("refunded", "已退款", "Refunded"),
        coded("reversed", "已冲正", "Reversed"),
        coded("explained", "已解释说明", "Explained"),
        coded("compensated", "已补偿", "Compensated"),
        coded("account_restored", "账户已恢复", "Account restored"),
        coded("not_upheld", "诉求不成立", "Not upheld"),
        coded("withdrawn", "客户撤回", "Withdrawn by the customer"),
    };
    r.holidays = holidays();
    r.version = 1;
    return r;
}

} // namespace WalletDesk::Server
