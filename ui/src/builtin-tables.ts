// The built-in checklists and support services a vault starts with (crates/store) are English
// records: while the person has not changed one, it is shown in the language in use. Made from
// the Rust tables (they are frozen: checklists.rs explains why); the English of each message
// is checked against them by the store's tests.

import { message } from "./i18n";

/** Built-in checklist id → its title, warning and items' messages (item ids end in :01, :02…). */
export const BUILTIN_CHECKLISTS: Record<string, { title: string; warning?: string; items: Record<string, string> }> = {
  "checklist:changing-routines": {
    title: message("builtin-checklist-changing-routines"),
    items: {
      "checklist:changing-routines:01": message("builtin-checklist-changing-routines-01"),
      "checklist:changing-routines:02": message("builtin-checklist-changing-routines-02"),
      "checklist:changing-routines:03": message("builtin-checklist-changing-routines-03"),
      "checklist:changing-routines:04": message("builtin-checklist-changing-routines-04"),
      "checklist:changing-routines:05": message("builtin-checklist-changing-routines-05"),
      "checklist:changing-routines:06": message("builtin-checklist-changing-routines-06"),
      "checklist:changing-routines:07": message("builtin-checklist-changing-routines-07"),
      "checklist:changing-routines:08": message("builtin-checklist-changing-routines-08"),
      "checklist:changing-routines:09": message("builtin-checklist-changing-routines-09"),
      "checklist:changing-routines:10": message("builtin-checklist-changing-routines-10"),
      "checklist:changing-routines:11": message("builtin-checklist-changing-routines-11"),
    },
  },
  "checklist:devices-and-accounts": {
    title: message("builtin-checklist-devices-and-accounts"),
    warning: message("builtin-checklist-devices-and-accounts-warning"),
    items: {
      "checklist:devices-and-accounts:01": message("builtin-checklist-devices-and-accounts-01"),
      "checklist:devices-and-accounts:02": message("builtin-checklist-devices-and-accounts-02"),
      "checklist:devices-and-accounts:03": message("builtin-checklist-devices-and-accounts-03"),
      "checklist:devices-and-accounts:04": message("builtin-checklist-devices-and-accounts-04"),
      "checklist:devices-and-accounts:05": message("builtin-checklist-devices-and-accounts-05"),
      "checklist:devices-and-accounts:06": message("builtin-checklist-devices-and-accounts-06"),
      "checklist:devices-and-accounts:07": message("builtin-checklist-devices-and-accounts-07"),
      "checklist:devices-and-accounts:08": message("builtin-checklist-devices-and-accounts-08"),
      "checklist:devices-and-accounts:09": message("builtin-checklist-devices-and-accounts-09"),
      "checklist:devices-and-accounts:10": message("builtin-checklist-devices-and-accounts-10"),
      "checklist:devices-and-accounts:11": message("builtin-checklist-devices-and-accounts-11"),
    },
  },
};

/** Built-in service id → its name, description and hours' messages. */
export const BUILTIN_SERVICES: Record<string, { name: string; description: string; hours: string }> = {
  "gb-999": {
    name: message("builtin-service-gb-999-name"),
    description: message("builtin-service-gb-999-description"),
    hours: message("builtin-service-gb-999-hours"),
  },
  "gb-silent-solution": {
    name: message("builtin-service-gb-silent-solution-name"),
    description: message("builtin-service-gb-silent-solution-description"),
    hours: message("builtin-service-gb-silent-solution-hours"),
  },
  "gb-101": {
    name: message("builtin-service-gb-101-name"),
    description: message("builtin-service-gb-101-description"),
    hours: message("builtin-service-gb-101-hours"),
  },
  "gb-national-stalking-helpline": {
    name: message("builtin-service-gb-national-stalking-helpline-name"),
    description: message("builtin-service-gb-national-stalking-helpline-description"),
    hours: message("builtin-service-gb-national-stalking-helpline-hours"),
  },
  "gb-refuge": {
    name: message("builtin-service-gb-refuge-name"),
    description: message("builtin-service-gb-refuge-description"),
    hours: message("builtin-service-gb-refuge-hours"),
  },
  "gb-crimestoppers": {
    name: message("builtin-service-gb-crimestoppers-name"),
    description: message("builtin-service-gb-crimestoppers-description"),
    hours: message("builtin-service-gb-crimestoppers-hours"),
  },
  "gb-paladin": {
    name: message("builtin-service-gb-paladin-name"),
    description: message("builtin-service-gb-paladin-description"),
    hours: message("builtin-service-gb-paladin-hours"),
  },
  "gb-wls-live-fear-free": {
    name: message("builtin-service-gb-wls-live-fear-free-name"),
    description: message("builtin-service-gb-wls-live-fear-free-description"),
    hours: message("builtin-service-gb-wls-live-fear-free-hours"),
  },
  "gb-sct-domestic-abuse-helpline": {
    name: message("builtin-service-gb-sct-domestic-abuse-helpline-name"),
    description: message("builtin-service-gb-sct-domestic-abuse-helpline-description"),
    hours: message("builtin-service-gb-sct-domestic-abuse-helpline-hours"),
  },
  "gb-nir-domestic-sexual-abuse-helpline": {
    name: message("builtin-service-gb-nir-domestic-sexual-abuse-helpline-name"),
    description: message("builtin-service-gb-nir-domestic-sexual-abuse-helpline-description"),
    hours: message("builtin-service-gb-nir-domestic-sexual-abuse-helpline-hours"),
  },
  "gb-mens-advice-line": {
    name: message("builtin-service-gb-mens-advice-line-name"),
    description: message("builtin-service-gb-mens-advice-line-description"),
    hours: message("builtin-service-gb-mens-advice-line-hours"),
  },
  "gb-galop": {
    name: message("builtin-service-gb-galop-name"),
    description: message("builtin-service-gb-galop-description"),
    hours: message("builtin-service-gb-galop-hours"),
  },
};
