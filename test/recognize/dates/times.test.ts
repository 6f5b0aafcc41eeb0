import { describeCorpus } from '../../helpers/corpus';

describeCorpus('date', 'clock times take the day of a date nearby', [
  { expect: { value: '2024-02-16T09:11', timexType: 'TIME' }, phrases: ['Xinhua) [[09:11]], February 16, 2024'] },
  { expect: { value: '2024-02-16T15:00' }, phrases: ['The vote closes at [[3 p.m. today]].'] },
  { expect: { value: '2024-02-16T15:30Z' }, phrases: ['Trading was halted at [[15:30 GMT]].'] },
  { expect: { value: '2024-02-16T08:00Z' }, phrases: ['At [[0800 UTC]] the banks injected cash.'] },
  { expect: { value: '2024-02-16T18:30' }, phrases: ['Doors open at [[6.30pm]].'] },
  { expect: { value: '2024-02-16T12:00' }, phrases: ['The statement came at [[noon]].'] },
  { expect: { value: '2024-02-16T16:00Z' }, phrases: ['The president speaks at [[16:00 UTC today]].'] },
  { expect: { value: '2024-02-14T15:00' }, phrases: ['The vote was held at [[3 p.m. Wednesday]].'] },
  { expect: { value: '2024-01-14T22:30' }, phrases: ['The election was held on Jan. 14. Polls closed at [[22:30]].'] },
]);
