#pragma once

#include <QObject>

namespace WalletDesk {

// What a row means to whoever reads the list, not how it looks: item models
// answer it under RowTint::Role and RowTintDelegate picks the colours from
// the view's palette, so a dark palette gets dark tints.
namespace RowTint {
Q_NAMESPACE

enum class Tint {
    None,
    Alert, // act now: money gone, overdue, a failed sign-in
    Warning, // act soon: due today, a likely double charge
    Notice, // keep an eye on it: pending for too long
};
Q_ENUM_NS(Tint)

// Well above the models' own roles, which count up from Qt::UserRole + 1.
constexpr int Role = Qt::UserRole + 0x100;

} // namespace RowTint

} // namespace WalletDesk
