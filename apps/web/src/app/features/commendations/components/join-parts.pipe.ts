import { Pipe, PipeTransform } from '@angular/core';

/** "Cá nhân, Giám đốc, Hợp tác xã…": the given parts that are not empty, with one separator between them. */
@Pipe({ name: 'joinParts' })
export class JoinPartsPipe implements PipeTransform {
  transform(parts: readonly (string | number | null | undefined)[], separator = ', '): string {
    return parts.filter((part) => part !== null && part !== undefined && part !== '').join(separator);
  }
}
