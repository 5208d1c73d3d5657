import { Injectable } from '@nestjs/common';

/** The time source; tests replace it to evaluate rules at a fixed instant. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
