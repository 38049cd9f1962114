import { AppError } from '@shared/api/app-error';

export function notFound(entity: string, id: number): AppError {
  return new AppError('not_found', `${entity} ${id} does not exist`, { entity, id });
}

export function invalidField(field: string, code: string, message: string): AppError {
  return new AppError('invalid_input', `${field}: ${message}`, { issues: [{ field, code, message }] });
}
