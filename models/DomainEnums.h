#pragma once

#include "EnumNames.h"

namespace WalletDesk {

// Admin manages staff and the calendar; it is not a desk role (no customer data).
enum class Role { Agent, Supervisor, Admin };
enum class AccountStatus { Active, Locked, Frozen };
enum class CardType { Debit, Credit };
enum class TransactionType { Payment, Refund, TopUp, Withdrawal, Transfer };
enum class TransactionStatus { Pending, Succeeded, Failed, Reversed };
enum class RefundState { None, RefundRequested, Refunded, ReversalPending, Reversed };
enum class VerificationMethod { Sms, Questions };
enum class VerificationStatus { Pending, Verified, Failed, Expired };
enum class ActionType {
    Unlock,
    PasswordReset,
    SignOutDevices,
    TwoFactorReset,
    Investigation,
    RefundRequest,
    Unfreeze
};
enum class ActionStatus { Done, PendingApproval, Approved, Rejected };
enum class ResetTarget { Phone, Email };
enum class ComplaintStatus { Open, InProgress, Escalated, Resolved };
enum class Severity { Low, Medium, High, Critical };
enum class HolidayKind { Holiday, Workday };
enum class CategoryKind { Transaction, Service };
enum class CallbackStatus { Scheduled, Done, Cancelled };
// A staff member's second factor: none, enrolled but not yet confirmed with a
// code (sign-in does not ask for it), or in force.
enum class TotpState { None, Pending, Active };

template<> struct EnumNames<Role>
{
    static constexpr std::array<std::pair<Role, const char *>, 3> table {
        {{Role::Agent, "agent"}, {Role::Supervisor, "supervisor"}, {Role::Admin, "admin"}}};
};
template<> struct EnumNames<AccountStatus>
{
    static constexpr std::array<std::pair<AccountStatus, const char *>, 3> table {
        {{AccountStatus::Active, "active"}, {AccountStatus::Locked, "locked"},
            {AccountStatus::Frozen, "frozen"}}};
};
template<> struct EnumNames<CardType>
{
    static constexpr std::array<std::pair<CardType, const char *>, 2> table {
        {{CardType::Debit, "debit"}, {CardType::Credit, "credit"}}};
};
template<> struct EnumNames<TransactionType>
{
    static constexpr std::array<std::pair<TransactionType, const char *>, 5> table {
        {{TransactionType::Payment, "payment"}, {TransactionType::Refund, "refund"},
            {TransactionType::TopUp, "top_up"}, {TransactionType::Withdrawal, "withdrawal"},
            {TransactionType::Transfer, "transfer"}}};
};
template<> struct EnumNames<TransactionStatus>
{
    static constexpr std::array<std::pair<TransactionStatus, const char *>, 4> table {
        {{TransactionStatus::Pending, "pending"}, {TransactionStatus::Succeeded, "succeeded"},
            {TransactionStatus::Failed, "failed"}, {TransactionStatus::Reversed, "reversed"}}};
};
template<> struct EnumNames<RefundState>
{
    static constexpr std::array<std::pair<RefundState, const char *>, 5> table {
        {{RefundState::None, "none"}, {RefundState::RefundRequested, "refund_requested"},
            {RefundState::Refunded, "refunded"}, {RefundState::ReversalPending, "reversal_pending"},
            {RefundState::Reversed, "reversed"}}};
};
template<> struct EnumNames<VerificationMethod>
{
    static constexpr std::array<std::pair<VerificationMethod, const char *>, 2> table {
        {{VerificationMethod::Sms, "sms"}, {VerificationMethod::Questions, "questions"}}};
};
template<> struct EnumNames<VerificationStatus>
{
    static constexpr std::array<std::pair<VerificationStatus, const char *>, 4> table {
        {{VerificationStatus::Pending, "pending"}, {VerificationStatus::Verified, "verified"},
            {VerificationStatus::Failed, "failed"}, {VerificationStatus::Expired, "expired"}}};
};
template<> struct EnumNames<ActionType>
{
    static constexpr std::array<std::pair<ActionType, const char *>, 7> table {
        {{ActionType::Unlock, "unlock"}, {ActionType::PasswordReset, "password_reset"},
            {ActionType::SignOutDevices, "sign_out_devices"},
            {ActionType::TwoFactorReset, "two_factor_reset"},
            {ActionType::Investigation, "investigation"},
            {ActionType::RefundRequest, "refund_request"}, {ActionType::Unfreeze, "unfreeze"}}};
};
template<> struct EnumNames<ActionStatus>
{
    static constexpr std::array<std::pair<ActionStatus, const char *>, 4> table {
        {{ActionStatus::Done, "done"}, {ActionStatus::PendingApproval, "pending_approval"},
            {ActionStatus::Approved, "approved"}, {ActionStatus::Rejected, "rejected"}}};
};
template<> struct EnumNames<ResetTarget>
{
    static constexpr std::array<std::pair<ResetTarget, const char *>, 2> table {
        {{ResetTarget::Phone, "phone"}, {ResetTarget::Email, "email"}}};
};
template<> struct EnumNames<ComplaintStatus>
{
    static constexpr std::array<std::pair<ComplaintStatus, const char *>, 4> table {
        {{ComplaintStatus::Open, "open"}, {ComplaintStatus::InProgress, "in_progress"},
            {ComplaintStatus::Escalated, "escalated"}, {ComplaintStatus::Resolved, "resolved"}}};
};
template<> struct EnumNames<Severity>
{
    static constexpr std::array<std::pair<Severity, const char *>, 4> table {
        {{Severity::Low, "low"}, {Severity::Medium, "medium"}, {Severity::High, "high"},
            {Severity::Critical, "critical"}}};
};
template<> struct EnumNames<TotpState>
{
    static constexpr std::array<std::pair<TotpState, const char *>, 3> table {
        {{TotpState::None, "none"}, {TotpState::Pending, "pending"},
            {TotpState::Active, "active"}}};
};
template<> struct EnumNames<HolidayKind>
{
    static constexpr std::array<std::pair<HolidayKind, const char *>, 2> table {
        {{HolidayKind::Holiday, "holiday"}, {HolidayKind::Workday, "workday"}}};
};
template<> struct EnumNames<CategoryKind>
{
    static constexpr std::array<std::pair<CategoryKind, const char *>, 2> table {
        {{CategoryKind::Transaction, "transaction"}, {CategoryKind::Service, "service"}}};
};

template<> struct EnumNames<CallbackStatus>
{
    static constexpr std::array<std::pair<CallbackStatus, const char *>, 3> table {
        {{CallbackStatus::Scheduled, "scheduled"}, {CallbackStatus::Done, "done"},
            {CallbackStatus::Cancelled, "cancelled"}}};
};

} // namespace WalletDesk
