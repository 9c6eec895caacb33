// What a vault starts with is stored in English (crates/store seeds it): a built-in checklist,
// item or support service the person has not changed is shown in the language in use instead.
// Recognised by its id and its text still being exactly the English it was seeded with; once
// the person changes it, it is theirs and shown as they wrote it.

import type { Checklist, ChecklistItem, SupportService } from "./api";
import { BUILTIN_CHECKLISTS, BUILTIN_SERVICES } from "./builtin-tables";
import { english, t } from "./i18n";

/** `text` in the language in use if it is still exactly the English of the message `id`. */
function asSeeded(id: string | undefined, text: string): string {
  return id !== undefined && text === english(id) ? t(id) : text;
}

export function itemInLanguage(item: ChecklistItem): ChecklistItem {
  const list = BUILTIN_CHECKLISTS[item.checklist_id];
  return list ? { ...item, text: asSeeded(list.items[item.id], item.text) } : item;
}

export function checklistInLanguage(list: Checklist): Checklist {
  const seeded = BUILTIN_CHECKLISTS[list.id];
  if (!seeded) return list;
  return {
    ...list,
    title: asSeeded(seeded.title, list.title),
    warning: list.warning === null ? null : asSeeded(seeded.warning, list.warning),
    items: list.items.map(itemInLanguage),
  };
}

export function serviceInLanguage(service: SupportService): SupportService {
  const seeded = service.builtin ? BUILTIN_SERVICES[service.id] : undefined;
  if (!seeded) return service;
  const f = service.fields;
  return {
    ...service,
    fields: {
      ...f,
      name: asSeeded(seeded.name, f.name),
      description: asSeeded(seeded.description, f.description),
      hours: asSeeded(seeded.hours, f.hours),
    },
  };
}
